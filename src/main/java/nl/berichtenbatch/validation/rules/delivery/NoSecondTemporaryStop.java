package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR413", level = 3, retourcode = "9413", messages = MessageType.STOP,
        summary = "A start is stopped temporarily (RedenBeeindiging 20) at most once.",
        assumption = "Stops of the same start are compared on Bsn, ToewijzingNummer and Begindatum only, not Product "
                + "(validation.md §0.5); stops earlier in the same message count.")
public final class NoSecondTemporaryStop implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Deliveries.Checked stop : Deliveries.stopsWithEarlierStops(context)) {
            if (Deliveries.TEMPORARY.equals(stop.item().delivery().reden()) && stop.earlier().stream()
                    .anyMatch(earlier -> Deliveries.TEMPORARY.equals(earlier.reden()))) {
                findings.add(finding(stop.item().element().path() + "/RedenBeeindiging", "The start of "
                        + stop.item().delivery().begindatum() + " was already stopped temporarily (reden 20); only "
                        + "a new start or a definitive stop can follow."));
            }
        }
        return findings;
    }
}
