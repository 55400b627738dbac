package nl.berichtenbatch.validation.rules.variant;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.contract.Contract;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Tariff;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "BB102", level = 3,
        messages = {MessageType.TOEWIJZING, MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "The Eenheid of an allocated or requested product with an Omvang (301, 315, 317) is the unit of its "
                + "contract; an hour contract also allows minutes.",
        assumption = "The contract row for the product on its first day decides (a row for the code wins over one "
                + "for the category, design.md 4.5); taakgericht rows are left to BB101. A warning: the standard has no "
                + "code for it.",
        data = "contracts file", variant = true)
final class UnitIsTheContractUnit implements Rule {

    private final Contracts contracts;

    UnitIsTheContractUnit(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!contracts.configured()) {
            return findings;
        }
        for (Allocated a : Allocated.of(context)) {
            if (!a.omvang() || a.categorie() == null || a.start() == null) {
                continue;
            }
            Contract row = contracts.contract(context.scope(), a.categorie(), a.code(), a.start()).orElse(null);
            if (row == null || row.variant() == Variant.TAAKGERICHT || fits(a.eenheid(), row.eenheid())) {
                continue;
            }
            findings.add(warning(a.at("Omvang/Eenheid"), "The " + a.element().name() + " for " + a.product()
                    + " is in Eenheid " + Combination.unit(a.eenheid()) + ", but the " + row.variant().code()
                    + " contract (line " + row.line() + ") is in " + Combination.unit(row.eenheid())
                    + (Tariff.HOUR.equals(row.eenheid()) ? " (or minutes)" : "") + "."));
        }
        return findings;
    }

    /** The contract's unit, or minutes under an hour contract (variants.md §5). */
    static boolean fits(String eenheid, String contracted) {
        return eenheid.equals(contracted) || (Tariff.HOUR.equals(contracted) && Tariff.MINUTE.equals(eenheid));
    }
}
