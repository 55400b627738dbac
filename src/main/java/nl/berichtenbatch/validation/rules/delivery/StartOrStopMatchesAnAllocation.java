package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR019", level = 3, retourcode = "9019", messages = {MessageType.START, MessageType.STOP},
        summary = "A start or stop of effort- or output-based care refers by ToewijzingNummer to a non-deleted "
                + "allocation of the same client; one of a taakgericht product needs none.",
        assumption = "Only the ToewijzingNummer link is checked (validation.md §0.6). The contracts file has no "
                + "separate \"start/stop agreed\" flag (design.md 4.5): a taakgericht row for the Product on the "
                + "Begindatum means taakgericht start/stop messages were agreed, and such a start or stop is not "
                + "checked (variants.md §1.3). Without a contracts file no product is taakgericht, so every start or "
                + "stop needs a ToewijzingNummer.",
        data = "contracts file (taakgericht products), optional")
public final class StartOrStopMatchesAnAllocation implements Rule {

    private final Contracts contracts;

    public StartOrStopMatchesAnAllocation(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Deliveries.Item item : Deliveries.of(context)) {
            if (!item.delivery().isNew()) {
                continue;  // a deletion is checked only by TR063 and TR071
            }
            if (taakgericht(context, item.delivery())) {
                continue;
            }
            Long nummer = item.delivery().toewijzingNummer();
            if (nummer == null) {
                findings.add(finding(item.element().path(), "The " + item.element().name()
                        + " has no ToewijzingNummer; effort- and output-based care must refer to its allocation"
                        + (contracts.configured() ? " (no taakgericht contract covers this product on "
                                + item.delivery().begindatum() + ")." : ".")));
                continue;
            }
            Optional<Allocation> allocation = context.history().currentAllocation(context.scope(), nummer);
            if (allocation.isEmpty()) {
                findings.add(finding(item.element().path() + "/ToewijzingNummer",
                        "No allocation with ToewijzingNummer " + nummer + " was received from gemeente "
                                + context.scope().gemeente() + " for this aanbieder."));
            } else if (!allocation.get().client().equals(context.client())) {
                findings.add(finding(item.element().path() + "/ToewijzingNummer",
                        "Allocation " + nummer + " belongs to another client."));
            } else if (allocation.get().isDeleted()) {
                findings.add(finding(item.element().path() + "/ToewijzingNummer",
                        "Allocation " + nummer + " was withdrawn (its current version is deleted)."));
            }
        }
        return findings;
    }

    /** Whether the contracts make the delivered product taakgericht on its Begindatum. */
    private boolean taakgericht(RuleContext context, Delivery delivery) {
        return delivery.categorie() != null && contracts.variant(context.scope(), delivery.categorie(),
                delivery.productCode(), delivery.begindatum()).filter(v -> v == Variant.TAAKGERICHT).isPresent();
    }
}
