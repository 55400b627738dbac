package nl.berichtenbatch.validation.rules.product;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.product.ProductClass.Kind;
import nl.berichtenbatch.validation.rules.support.Findings;

@RuleSpec(id = "CD080", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "A ToegewezenProduct without Product/Code that ends after 2020-12-31 (or has no end) has no Omvang.")
final class AspecificAllocationHasNoOmvang implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (ProductClass product : ProductClass.of(context.root(), Kind.ALLOCATION)) {
            AspecificProducts.check(product, findings);
        }
        return findings.list();
    }
}
