package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Tariff;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR418", level = 3, retourcode = "0611", messages = MessageType.DECLARATIE,
        summary = "The ProductTarief of a prestatie (unit other than euros) is the contracted tariff of its product; "
                + "minutes against an hour tariff: the hour tariff / 60, rounded half-up to whole cents.",
        assumption = "The tariff valid on the first day of the product period applies (variants.md §5). Without a "
                + "contracts file, or when the contracts name no tariff for the product, the rule does not run.",
        data = "contracts file (tariffs)")
public final class TariffIsTheContractTariff implements Rule {

    private static final String EUROS = "83";

    private final Contracts contracts;

    public TariffIsTheContractTariff(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (!contracts.configured()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Prestatie p = line.prestatie();
            if (EUROS.equals(p.eenheid()) || p.tarief() == null) {
                continue;
            }
            Tariff tariff = contracts.tariff(context.scope(), p.categorie(), p.productCode(), p.periodeBegin())
                    .orElse(null);
            if (tariff == null) {
                continue;
            }
            Long expected = p.eenheid().equals(tariff.eenheid()) ? Long.valueOf(tariff.cents())
                    : Tariff.HOUR.equals(tariff.eenheid()) && Tariff.MINUTE.equals(p.eenheid())
                            ? Long.valueOf(tariff.perMinute()) : null;
            if (expected != null && expected != p.tarief().longValue()) {
                findings.add(finding(Lines.at(line, "ProductTarief"), "ProductTarief " + p.tarief()
                        + " is not the contracted tariff " + expected + " for " + p.categorie() + "/"
                        + p.productCode() + "."));
            }
        }
        return findings;
    }
}
