package nl.berichtenbatch.validation.rules.product;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.product.ProductClass.Kind;
import nl.berichtenbatch.validation.rules.support.Findings;

@RuleSpec(id = "CD079", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "A product without a Budget has a Product: only a generic allocation (with a Budget) lacks one.")
final class ProductIsGivenWithoutBudget implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (ProductClass product : ProductClass.of(context.root(), Kind.ALLOCATION, Kind.REQUESTED, Kind.NEW)) {
            if (product.at("Budget") == null && product.at("Product") == null) {
                findings.at("The " + product.name() + " has neither a Product nor a Budget; only a generic product "
                        + "with a Budget may lack a Product.", product.element());
            }
        }
        return findings.list();
    }
}
