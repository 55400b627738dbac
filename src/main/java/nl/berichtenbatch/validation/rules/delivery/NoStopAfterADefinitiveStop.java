package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR415", level = 3, retourcode = "9415", messages = MessageType.STOP,
        summary = "No stop follows a definitive stop (RedenBeeindiging other than 20) of the same start.",
        assumption = "Stops of the same start are compared on Bsn, ToewijzingNummer and Begindatum only, not Product "
                + "(validation.md §0.5); stops earlier in the same message count.")
public final class NoStopAfterADefinitiveStop implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Deliveries.Checked stop : Deliveries.stopsWithEarlierStops(context)) {
            stop.earlier().stream().filter(earlier -> !Deliveries.TEMPORARY.equals(earlier.reden())).findFirst()
                    .ifPresent(earlier -> findings.add(finding(stop.item().element().path() + "/RedenBeeindiging",
                            "The start of " + earlier.begindatum() + " was already stopped definitively (reden "
                                    + earlier.reden() + ", Einddatum " + earlier.einddatum() + ").")));
        }
        return findings;
    }
}
