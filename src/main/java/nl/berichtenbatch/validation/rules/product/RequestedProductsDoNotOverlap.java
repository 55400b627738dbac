package nl.berichtenbatch.validation.rules.product;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.product.ProductClass.Kind;
import nl.berichtenbatch.validation.rules.support.Findings;

@RuleSpec(id = "TR386", level = 2, retourcode = "0001", messages = MessageType.VERZOEK_OM_TOEWIJZING,
        summary = "Two requested products that are the same product do not overlap in time.",
        assumption = "iWmo: products of categories 11-14 (aids) may overlap (validation.md §0.25).")
final class RequestedProductsDoNotOverlap implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        Overlaps.check(ProductClass.of(context.root(), Kind.REQUESTED), context.kind().standard(), findings);
        return findings.list();
    }
}
