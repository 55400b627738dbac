package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR071", level = 3, retourcode = "9071", messages = MessageType.START,
        summary = "A start is deleted (StatusAanlevering 3) only while no live stop exists for it.",
        assumption = "The stops of a start are the live StopProducten of its start group: the same ToewijzingNummer, "
                + "Product and Begindatum (validation.md §4).")
public final class DeletedStartHasNoStop implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Delivery> stops = context.history().liveDeliveries(context.scope(), context.client(), Delivery.Kind.STOP);
        for (Deliveries.Item item : Deliveries.of(context)) {
            Delivery start = item.delivery();
            if (start.isCancellation() && stops.stream().anyMatch(stop -> Deliveries.sameStartGroup(stop, start))) {
                findings.add(finding(item.element().path() + "/StatusAanlevering", "This start ("
                        + Deliveries.describe(start) + ") was stopped; delete its stop first (StatusAanlevering 3 on "
                        + "the StopProduct)."));
            }
        }
        return findings;
    }
}
