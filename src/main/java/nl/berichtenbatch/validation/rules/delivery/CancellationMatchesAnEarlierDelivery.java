package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR063", level = 3, retourcode = "9063", messages = {MessageType.START, MessageType.STOP},
        summary = "A class with StatusAanlevering 3 cancels a live earlier delivery with the same logical key.")
public final class CancellationMatchesAnEarlierDelivery implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Delivery.Kind kind = Deliveries.kind(context);
        List<Delivery> live = new ArrayList<>(context.history().liveDeliveries(context.scope(), context.client(), kind));
        for (Deliveries.Item item : Deliveries.of(context)) {
            if (!item.delivery().isCancellation()) {
                continue;
            }
            var match = live.stream().filter(item.delivery()::sameKey).findFirst();
            if (match.isPresent()) {
                live.remove(match.get());  // a second cancellation of the same delivery finds nothing left
            } else {
                findings.add(finding(item.element().path() + "/StatusAanlevering", "StatusAanlevering 3 cancels "
                        + "an earlier " + item.element().name() + " (" + Deliveries.describe(item.delivery())
                        + "), but no such delivery was received."));
            }
        }
        return findings;
    }
}
