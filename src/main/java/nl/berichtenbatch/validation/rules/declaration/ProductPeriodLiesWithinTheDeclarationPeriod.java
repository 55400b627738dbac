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

@RuleSpec(id = "TR319", level = 3, retourcode = "9319", messages = MessageType.DECLARATIE,
        summary = "A ProductPeriode does not end (or begin) after the DeclaratiePeriode: a Prestatie is declared in "
                + "the current or a later declaration period.",
        assumption = "In-message, and checked by the official XSLT, but answered with its own code 9319 on the "
                + "Prestatie (validation.md §0.10). The DeclaratiePeriode/Einddatum that the XSLT names as well gets "
                + "a finding without retourcode, so that the code lands on the Prestatie only. As a level-3 rule its "
                + "locations are element paths as the engine assigns them to classes (XmlElement.path()).")
final class ProductPeriodLiesWithinTheDeclarationPeriod implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement declarationEnd = Xml.at(context.root(), "Declaratie/DeclaratiePeriode/Einddatum");
        if (declarationEnd == null) {
            return findings.list();
        }
        for (XmlElement prestatie : context.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie")) {
            for (String date : List.of("ProductPeriode/Begindatum", "ProductPeriode/Einddatum")) {
                XmlElement productDate = Xml.at(prestatie, date);
                if (productDate != null && Dates.after(productDate, declarationEnd)) {
                    String text = "The ProductPeriode " + (date.endsWith("Begindatum") ? "begins" : "ends") + " on "
                            + Dates.text(productDate) + ", after the DeclaratiePeriode ends on "
                            + Dates.text(declarationEnd) + ".";
                    // element paths, not official locations: the engine finds the Prestatie class by them
                    findings.add(finding(productDate.path(), text));
                    findings.add(Finding.error(spec().id(), null, declarationEnd.path(), text));
                }
            }
        }
        return findings.list();
    }
}
