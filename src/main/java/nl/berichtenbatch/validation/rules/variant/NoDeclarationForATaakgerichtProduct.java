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

@RuleSpec(id = "BB104", level = 3, messages = MessageType.DECLARATIE,
        summary = "No prestatie is declared per client for a product that the contract makes taakgericht (the "
                + "budget of a task is not declared through the message traffic, variants.md §1).",
        assumption = "The contract for the product on ProductPeriode/Begindatum decides; credits are not looked at. "
                + "A warning: the standard has no code for it.",
        data = "contracts file", variant = true)
final class NoDeclarationForATaakgerichtProduct implements Rule {

    private final Contracts contracts;

    NoDeclarationForATaakgerichtProduct(Contracts contracts) {
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
            contracts.contract(context.scope(), p.categorie(), p.productCode(), p.periodeBegin())
                    .filter(c -> c.variant() == Variant.TAAKGERICHT)
                    .ifPresent(c -> findings.add(warning(line.element().path(), "Prestatie " + p.referentieNummer()
                            + " declares " + p.categorie() + "/" + p.productCode() + " per client, but the contract "
                            + "(line " + c.line() + ") makes it taakgericht: a task is not declared per client.")));
        }
        return findings;
    }
}
