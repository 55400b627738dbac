package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR326", level = 3, retourcode = "9326", messages = MessageType.START,
        summary = "A new start of an allocated product follows a stop of its current start (one open start per "
                + "product).",
        assumption = "Any live stop, temporary (20) or definitive, closes a start (OP379). Starts earlier in the same "
                + "message count, and deletions in it are processed first (validation.md §0.29).")
public final class OneCurrentStartPerProduct implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Delivery> starts = Deliveries.liveAfterCancellations(context, Delivery.Kind.START);
        List<Delivery> stops = context.history().liveDeliveries(context.scope(), context.client(), Delivery.Kind.STOP);
        for (Deliveries.Item item : Deliveries.of(context)) {
            Delivery start = item.delivery();
            if (!start.isNew()) {
                continue;
            }
            starts.stream()
                    .filter(start::sameProduct)
                    .filter(open -> stops.stream().noneMatch(stop -> Deliveries.sameStartGroup(stop, open)))
                    .findFirst()
                    .ifPresent(open -> findings.add(finding(item.element().path(), "The start of "
                            + open.begindatum() + " of this product (" + Deliveries.describe(start) + ") is not "
                            + "stopped yet; a new start needs a stop first.")));
            starts.add(start);
        }
        return findings;
    }
}
