package nl.berichtenbatch.validation.rules.product;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.product.ProductClass.Kind;
import nl.berichtenbatch.validation.rules.support.Dates;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR302", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "Two allocations of the same product in one 301 do not overlap in time; deleted allocations "
                + "(Einddatum = Ingangsdatum, RedenWijziging 13 or 01) do not count.",
        assumption = "iWmo: allocations of categories 11-14 (aids) may overlap, also with a generic allocation "
                + "(validation.md §0.25).")
final class AllocatedProductsDoNotOverlap implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        List<ProductClass> live = ProductClass.of(context.root(), Kind.ALLOCATION).stream()
                .filter(product -> !deleted(product)).toList();
        Overlaps.check(live, context.kind().standard(), findings);
        return findings.list();
    }

    private static boolean deleted(ProductClass product) {
        String reden = Xml.text(product.element(), "RedenWijziging");
        return ("13".equals(reden) || "01".equals(reden)) && product.end() != null
                && Dates.number(product.end()) == Dates.number(product.start());
    }
}
