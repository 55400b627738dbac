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

@RuleSpec(id = "CS336", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "RedenWijziging is not 01 (administratieve correctie, vervallen); 14 replaces it.",
        assumption = "The oracle never shows CS336; the finding is at RedenWijziging.")
final class RedenWijzigingIsNotTheRetiredCorrection implements Rule {

    private static final String RETIRED = "01";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (ProductClass product : ProductClass.of(context.root(), Kind.ALLOCATION)) {
            XmlElement reden = product.at("RedenWijziging");
            if (reden != null && RETIRED.equals(reden.text().trim())) {
                findings.at("RedenWijziging 01 (administratieve correctie) is no longer used; use 14.", reden);
            }
        }
        return findings.list();
    }
}
