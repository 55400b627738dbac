package nl.berichtenbatch.validation.rules.allocation;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR385", level = 3, retourcode = "9385", messages = MessageType.TOEWIJZING,
        summary = "An allocation is deleted (RedenWijziging 13) only while no approved, uncredited prestatie was "
                + "declared on it.",
        assumption = "A prestatie of an own 323 counts as approved until a 325 rejects it (validation.md §4).")
public final class DeletedAllocationHasNoApprovedPrestaties implements Rule {

    private static final String DELETED = "13";

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (XmlElement product : context.root().all("Client/ToegewezenProducten/ToegewezenProduct")) {
            if (!DELETED.equals(product.valueOrNull("RedenWijziging"))) {
                continue;
            }
            long nummer = Long.parseLong(product.valueOrNull("ToewijzingNummer"));
            List<Prestatie> declared = context.history().approvedUncreditedDebits(context.scope(), nummer);
            if (!declared.isEmpty()) {
                findings.add(finding(product.path() + "/RedenWijziging", "Allocation " + nummer + " cannot be deleted: "
                        + declared.size() + " approved prestatie(s) on it were not credited (e.g. "
                        + declared.get(0).referentieNummer() + ")."));
            }
        }
        return findings;
    }
}
