package nl.berichtenbatch.validation.rules.product;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.product.ProductClass.Kind;
import nl.berichtenbatch.validation.rules.support.Findings;

@RuleSpec(id = "CD075", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "A product with a Budget has an Einddatum.",
        assumption = "CD075 wins over the variants table, which calls Einddatum optional for some budgets "
                + "(validation.md §0.24).")
final class BudgetComesWithEinddatum implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (ProductClass product : ProductClass.of(context.root(), Kind.ALLOCATION, Kind.REQUESTED, Kind.NEW,
                Kind.TO_CHANGE)) {
            XmlElement budget = product.at("Budget");
            if (budget != null && product.end() == null) {
                findings.at("The " + product.name() + " has a Budget but no " + product.endName() + ".", budget);
            }
        }
        return findings.list();
    }
}
