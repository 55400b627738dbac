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

@RuleSpec(id = "CD041", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "A product with a Product/Code (a specific product) has an Omvang.")
final class ProductCodeComesWithOmvang implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (ProductClass product : ProductClass.of(context.root(), Kind.ALLOCATION, Kind.REQUESTED, Kind.NEW)) {
            XmlElement code = product.at("Product/Code");
            if (code != null && product.at("Omvang") == null) {
                findings.at("The " + product.name() + " has Product/Code " + code.text().trim()
                        + " but no Omvang; a specific product needs an Omvang.", code);
            }
        }
        return findings.list();
    }
}
