package nl.berichtenbatch.validation.rules.variant;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "BB107", level = 3, messages = {MessageType.START, MessageType.STOP},
        summary = "A start or stop of a product that the contract makes taakgericht has no ToewijzingNummer: it "
                + "stands on its own, keyed by Product and Begindatum (variants.md §1.3, IV096).",
        assumption = "The contract for the Product on the Begindatum decides; deletions (StatusAanlevering 3) are not "
                + "looked at. A warning: the standard has no code for it.",
        data = "contracts file", variant = true)
final class TaakgerichtDeliveryHasNoToewijzingNummer implements Rule {

    private final Contracts contracts;

    TaakgerichtDeliveryHasNoToewijzingNummer(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!contracts.configured()) {
            return findings;
        }
        String path = context.kind().type() == MessageType.START ? "Client/StartProducten/StartProduct"
                : "Client/StopProducten/StopProduct";
        for (XmlElement product : context.root().all(path)) {
            String categorie = product.valueOrNull("Product/Categorie");
            XmlElement nummer = product.find("ToewijzingNummer").orElse(null);
            if (nummer == null || categorie == null || !"1".equals(product.valueOrNull("StatusAanlevering"))) {
                continue;
            }
            String code = product.valueOrNull("Product/Code");
            contracts.contract(context.scope(), categorie, code, Extract.date(product, "Begindatum"))
                    .filter(c -> c.variant() == Variant.TAAKGERICHT)
                    .ifPresent(c -> findings.add(warning(nummer.path(), "The " + product.name() + " for "
                            + Agreed.product(categorie, code) + " carries ToewijzingNummer " + nummer.text().trim()
                            + ", but the contract (line " + c.line() + ") makes the product taakgericht: its start "
                            + "and stop are not linked to an allocation.")));
        }
        return findings;
    }
}
