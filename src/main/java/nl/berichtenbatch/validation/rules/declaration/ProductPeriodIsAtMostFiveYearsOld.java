package nl.berichtenbatch.validation.rules.declaration;

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

@RuleSpec(id = "TR335", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "A ProductPeriode ends at most five years before the DeclaratieDagtekening.",
        assumption = "The Einddatum is that of the ProductPeriode (validation.md §0.3); five years are added to the "
                + "yyyymmdd number, as in the official XSLT.")
final class ProductPeriodIsAtMostFiveYearsOld implements Rule {

    private static final int YEARS = 5;

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement dagtekening = Xml.at(context.root(), "Declaratie/DeclaratieDagtekening");
        if (dagtekening == null) {
            return findings.list();
        }
        for (XmlElement end : context.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/"
                + "Einddatum")) {
            if (Dates.plusYears(end, YEARS) < Dates.number(dagtekening)) {
                findings.at("The ProductPeriode ends on " + Dates.text(end) + ", more than " + YEARS + " years before "
                        + "the DeclaratieDagtekening " + Dates.text(dagtekening) + ".", end, dagtekening);
            }
        }
        return findings.list();
    }
}
