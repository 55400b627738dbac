package nl.berichtenbatch.validation.rules.request;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR349", level = 3, retourcode = "9349", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "A verzoek om wijziging names every actual allocation of the client, as OngewijzigdProduct or "
                + "TeWijzigenProduct.",
        assumption = "Actual = the current version is not deleted and has no Einddatum or one on or after the run date "
                + "(validation.md §0.16).")
public final class ChangeRequestNamesEveryActualAllocation implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Set<Long> named = new HashSet<>();
        ChangeRequest.unchanged(context).forEach(r -> named.add(r.toewijzingNummer()));
        ChangeRequest.toChange(context).forEach(r -> named.add(r.toewijzingNummer()));
        List<Long> missing = context.history().currentAllocations(context.scope(), context.client()).stream()
                .filter(a -> a.isActualOn(context.runDate()))
                .map(Allocation::toewijzingNummer)
                .filter(nummer -> !named.contains(nummer))
                .toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        String verzoek = context.root().find(ChangeRequest.VERZOEK).orElseThrow().path();
        return List.of(finding(verzoek, "The request does not name the actual allocation(s) " + missing
                + "; a verzoek om wijziging describes the complete desired situation."));
    }
}
