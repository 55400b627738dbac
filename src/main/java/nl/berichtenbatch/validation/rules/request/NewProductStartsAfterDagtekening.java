package nl.berichtenbatch.validation.rules.request;

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

@RuleSpec(id = "TR380", level = 2, retourcode = "0001", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "The GewensteIngangsdatum of a NieuwProduct lies after the Dagtekening.",
        assumption = "The source does not name the element; the official XSLT checks NieuwProduct/"
                + "GewensteIngangsdatum (validation.md §0.1).")
final class NewProductStartsAfterDagtekening implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement dagtekening = Xml.dagtekening(context.root());
        for (XmlElement start : context.root().all("Client/Verzoek/NieuweProducten/NieuwProduct/"
                + "GewensteIngangsdatum")) {
            if (!Dates.after(start, dagtekening)) {
                findings.at("The NieuwProduct's GewensteIngangsdatum " + Dates.text(start) + " is not after the "
                        + "Dagtekening " + Dates.text(dagtekening) + ".", start, dagtekening);
            }
        }
        return findings.list();
    }
}
