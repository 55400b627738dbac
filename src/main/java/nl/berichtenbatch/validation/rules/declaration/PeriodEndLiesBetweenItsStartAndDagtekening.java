package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
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

@RuleSpec(id = "TR137", level = 2, retourcode = "0001",
        messages = {MessageType.DECLARATIE, MessageType.DECLARATIE_ANTWOORD},
        summary = "The Einddatum of a ProductPeriode (323, 325) or of the DeclaratiePeriode (323) is not before its "
                + "Begindatum and not after the Dagtekening.",
        assumption = "As the official XSLT: the Einddatum of the ProductPeriode and of the DeclaratiePeriode "
                + "(validation.md §0.1 names only the first).")
final class PeriodEndLiesBetweenItsStartAndDagtekening implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement dagtekening = Xml.dagtekening(context.root());
        List<XmlElement> periods = new ArrayList<>();
        for (XmlElement prestatie : Declarations.prestaties(context.root())) {
            periods.addAll(prestatie.children("ProductPeriode"));
        }
        periods.addAll(context.root().all("Declaratie/DeclaratiePeriode"));
        for (XmlElement periode : periods) {
            XmlElement begin = Xml.at(periode, "Begindatum");
            XmlElement end = Xml.at(periode, "Einddatum");
            if (end == null) {
                continue;
            }
            if (begin != null && Dates.after(begin, end)) {
                findings.at("The " + periode.name() + " ends on " + Dates.text(end) + ", before it begins on "
                        + Dates.text(begin) + ".", begin, end);
            }
            if (Dates.after(end, dagtekening)) {
                findings.at("The " + periode.name() + " ends on " + Dates.text(end) + ", after the Dagtekening "
                        + Dates.text(dagtekening) + ".", end, dagtekening);
            }
        }
        return findings.list();
    }
}
