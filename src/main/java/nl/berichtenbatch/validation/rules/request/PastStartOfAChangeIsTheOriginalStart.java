package nl.berichtenbatch.validation.rules.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR357", level = 3, retourcode = "9357", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "A GewensteIngangsdatum on or before the message's Dagtekening equals the Ingangsdatum of the "
                + "allocation to change.")
public final class PastStartOfAChangeIsTheOriginalStart implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        LocalDate dagtekening = LocalDate.parse(context.header().dagtekening());
        for (ChangeRequest.Reference reference : ChangeRequest.toChange(context)) {
            LocalDate gewenst = reference.gewensteIngangsdatum();
            if (reference.allocation().isEmpty() || gewenst.isAfter(dagtekening)) {
                continue;
            }
            Allocation allocation = reference.allocation().get();
            if (!gewenst.equals(allocation.ingangsdatum())) {
                findings.add(finding(reference.element().path() + "/GewensteIngangsdatum", "GewensteIngangsdatum "
                        + gewenst + " is not after the Dagtekening, so it must be the allocation's Ingangsdatum "
                        + allocation.ingangsdatum() + "."));
            }
        }
        return findings;
    }
}
