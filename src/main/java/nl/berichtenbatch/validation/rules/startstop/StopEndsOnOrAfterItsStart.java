package nl.berichtenbatch.validation.rules.startstop;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Dates;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR018", level = 2, retourcode = "0001", messages = MessageType.STOP,
        summary = "A StopProduct's Einddatum is on or after its Begindatum.")
final class StopEndsOnOrAfterItsStart implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement stop : context.root().all("Client/StopProducten/StopProduct")) {
            XmlElement begin = Xml.at(stop, "Begindatum");
            XmlElement end = Xml.at(stop, "Einddatum");
            if (begin != null && end != null && Dates.after(begin, end)) {
                findings.at("The StopProduct ends on " + Dates.text(end) + ", before the care started on "
                        + Dates.text(begin) + ".", begin, end);
            }
        }
        return findings.list();
    }
}
