package nl.berichtenbatch.validation.rules.variant;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "BB105", level = 3, messages = MessageType.DECLARATIE,
        summary = "A prestatie is declared in a unit of its contract's variant: no time units or effort pieces "
                + "(01, 04, 14, 16, 84) under an outputgericht contract, no output pieces or euros (82, 83) under an "
                + "inspanningsgericht one.",
        assumption = "The contract for the product on ProductPeriode/Begindatum decides; credits are not looked at. "
                + "Whether the unit is the allocation's is TR341's. A warning: the standard has no code for it.",
        data = "contracts file", variant = true)
final class DeclaredUnitFitsTheVariant implements Rule {

    private final Contracts contracts;

    DeclaredUnitFitsTheVariant(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!contracts.configured()) {
            return findings;
        }
        for (PrestatieRule.Line line : PrestatieRule.lines(context)) {
            Prestatie p = line.prestatie();
            if (!p.isDebit()) {
                continue;
            }
            Variant ofUnit = Combination.variantOfUnit(p.eenheid());
            contracts.contract(context.scope(), p.categorie(), p.productCode(), p.periodeBegin())
                    .filter(c -> c.variant() != Variant.TAAKGERICHT && ofUnit != null && c.variant() != ofUnit)
                    .ifPresent(c -> findings.add(warning(line.element().path() + "/Eenheid", "Prestatie "
                            + p.referentieNummer() + " is declared in Eenheid " + Combination.unit(p.eenheid())
                            + ", a unit of the " + ofUnit.code() + " variant, but the contract (line " + c.line()
                            + ") makes " + p.categorie() + "/" + p.productCode() + " " + c.variant().code() + ".")));
        }
        return findings;
    }
}
