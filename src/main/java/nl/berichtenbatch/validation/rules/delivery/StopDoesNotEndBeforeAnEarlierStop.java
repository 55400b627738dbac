package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR414", level = 3, retourcode = "9414", messages = MessageType.STOP,
        summary = "A further stop of a start does not end before the Einddatum of a live stop of the same start.",
        assumption = "Stops of the same start are compared on Bsn, ToewijzingNummer and Begindatum only, not Product "
                + "(validation.md §0.5); an equal Einddatum is allowed; stops earlier in the same message count.")
public final class StopDoesNotEndBeforeAnEarlierStop implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Deliveries.Checked stop : Deliveries.stopsWithEarlierStops(context)) {
            Delivery own = stop.item().delivery();
            stop.earlier().stream().filter(earlier -> earlier.einddatum().isAfter(own.einddatum())).findFirst()
                    .ifPresent(earlier -> findings.add(finding(stop.item().element().path() + "/Einddatum",
                            "Einddatum " + own.einddatum() + " is before the Einddatum " + earlier.einddatum()
                                    + " of the stop already received for the start of " + own.begindatum() + ".")));
        }
        return findings;
    }
}
