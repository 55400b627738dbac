package nl.berichtenbatch.validation.rules.variant;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "BB101", level = 3,
        messages = {MessageType.TOEWIJZING, MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "An allocated or requested product (301, 315, 317) fits a row of its contract variant's allocation "
                + "table (variants.md §2): no allocation under taakgericht, units of the variant, the LTA category "
                + "restriction of iJw aspecific rows, an Einddatum where the row requires one.",
        assumption = "The variant is the contract's for the product on its first day (Ingangsdatum, "
                + "ToewijzingIngangsdatum, GewensteIngangsdatum); an aspecific or generic product takes its "
                + "category's or the pair's rows when they all name one variant. A TeWijzigenProduct is the product of "
                + "the allocation it changes. Row O8 (traject, Einddatum required) cannot be told from O7 in a message, "
                + "so 83 per TBGT without Einddatum fits O7. The LTA footnote is applied to iJw only (iWmo has no "
                + "category 55). A warning: the standard has no code for it.",
        data = "contracts file", variant = true)
final class AllocationFitsTheVariant implements Rule {

    private final Contracts contracts;

    AllocationFitsTheVariant(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!contracts.configured()) {
            return findings;
        }
        boolean ijw = context.kind().standard() == Standard.IJW;
        for (Allocated a : Allocated.of(context)) {
            Agreed.of(contracts, context.scope(), a.categorie(), a.code(), a.start()).ifPresent(agreed ->
                    Combination.misfit(agreed.variant(), a, ijw).ifPresent(why -> findings.add(warning(
                            a.element().path(), "The " + a.element().name() + " for " + a.product() + " does not fit "
                                    + agreed.describe() + ": " + why + "."))));
        }
        return findings;
    }
}
