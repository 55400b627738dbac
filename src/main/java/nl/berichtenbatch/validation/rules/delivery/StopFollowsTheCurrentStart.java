package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR382", level = 3, retourcode = "9069", messages = MessageType.STOP,
        summary = "A stop refers by Begindatum to the current live start of the same allocated product.",
        assumption = "Retourcode 9069 belongs to TR382 (validation.md §0.4).")
public final class StopFollowsTheCurrentStart implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Delivery> starts = context.history().liveDeliveries(context.scope(), context.client(), Delivery.Kind.START);
        for (Deliveries.Item item : Deliveries.of(context)) {
            Delivery stop = item.delivery();
            if (!stop.isNew()) {
                continue;
            }
            Optional<Delivery> current = starts.stream().filter(stop::sameProduct)
                    .max(Comparator.comparing(Delivery::begindatum));
            if (current.isEmpty()) {
                findings.add(finding(item.element().path(), "No start was received for this product ("
                        + Deliveries.describe(stop) + "); a stop must follow a start."));
            } else if (!current.get().begindatum().equals(stop.begindatum())) {
                findings.add(finding(item.element().path() + "/Begindatum", "Begindatum " + stop.begindatum()
                        + " is not the Begindatum of the current start of this product ("
                        + current.get().begindatum() + ")."));
            }
        }
        return findings;
    }
}
