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

@RuleSpec(id = "CD076", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "A product with an Omvang per week (Frequentie 2) has an Einddatum.")
final class WeeklyOmvangComesWithEinddatum implements Rule {

    private static final String PER_WEEK = "2";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (ProductClass product : ProductClass.of(context.root(), Kind.ALLOCATION, Kind.REQUESTED, Kind.NEW,
                Kind.TO_CHANGE)) {
            XmlElement frequentie = product.at("Omvang/Frequentie");
            if (frequentie != null && PER_WEEK.equals(frequentie.text().trim()) && product.end() == null) {
                findings.at("The " + product.name() + " has an Omvang per week (Frequentie 2) but no "
                        + product.endName() + ".", frequentie);
            }
        }
        return findings.list();
    }
}
