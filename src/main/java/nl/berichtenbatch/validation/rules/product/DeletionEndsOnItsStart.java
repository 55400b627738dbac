package nl.berichtenbatch.validation.rules.product;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.product.ProductClass.Kind;
import nl.berichtenbatch.validation.rules.support.Dates;
import nl.berichtenbatch.validation.rules.support.Findings;

@RuleSpec(id = "CS335", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "An allocation with RedenWijziging 13 (verwijderd) has an Einddatum equal to its Ingangsdatum.",
        assumption = "The oracle never shows CS335; the findings are at RedenWijziging, Einddatum and Ingangsdatum.")
final class DeletionEndsOnItsStart implements Rule {

    private static final String DELETED = "13";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (ProductClass product : ProductClass.of(context.root(), Kind.ALLOCATION)) {
            XmlElement reden = product.at("RedenWijziging");
            if (reden == null || !DELETED.equals(reden.text().trim())) {
                continue;
            }
            XmlElement start = product.start();
            XmlElement end = product.end();
            if (end == null) {
                findings.at("The allocation is deleted (RedenWijziging 13) but has no Einddatum; it must end on its "
                        + "Ingangsdatum.", reden);
            } else if (start != null && Dates.number(start) != Dates.number(end)) {
                findings.at("The allocation is deleted (RedenWijziging 13) but ends on " + Dates.text(end)
                        + " instead of on its Ingangsdatum " + Dates.text(start) + ".", reden, end, start);
            }
        }
        return findings.list();
    }
}
