package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR074", level = 3, retourcode = "9074", messages = {MessageType.START, MessageType.STOP},
        summary = "A class with StatusAanlevering 1 does not repeat a live earlier delivery with the same logical key.",
        assumption = "Status-3 classes of the same message are processed first, so a cancel-and-redeliver in one "
                + "message is allowed (validation.md §0.29).")
public final class NewDeliveryIsNotAlreadyKnown implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Delivery> live = Deliveries.liveAfterCancellations(context, Deliveries.kind(context));
        for (Deliveries.Item item : Deliveries.of(context)) {
            if (item.delivery().isNew() && live.stream().anyMatch(item.delivery()::sameKey)) {
                findings.add(finding(item.element().path() + "/StatusAanlevering", "This "
                        + item.element().name() + " (" + Deliveries.describe(item.delivery()) + ") was delivered "
                        + "before; a correction needs StatusAanlevering 3 first."));
            }
        }
        return findings;
    }
}
