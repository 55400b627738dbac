package nl.berichtenbatch.validation.rules.product;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.product.ProductClass.Kind;
import nl.berichtenbatch.validation.rules.support.Findings;

@RuleSpec(id = "CS338", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "An Omvang in Eenheid 14, 16, 83 or 84 is not per day (Frequentie 1), for a product ending after "
                + "2020-12-31 or without end (301, 317).",
        assumption = "The oracle never shows CS338; the findings are at Eenheid, Frequentie and Einddatum, as for "
                + "CS343.")
final class UnitAllowsItsFrequency implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (ProductClass product : ProductClass.of(context.root(), Kind.ALLOCATION, Kind.NEW, Kind.TO_CHANGE)) {
            UnitFrequencies.check(product, findings);
        }
        return findings.list();
    }
}
