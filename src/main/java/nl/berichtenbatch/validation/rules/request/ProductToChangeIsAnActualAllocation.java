package nl.berichtenbatch.validation.rules.request;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR351", level = 3, retourcode = "9351", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "A TeWijzigenProduct names an allocation that is actual.",
        assumption = "Actual on the run date (validation.md §0.16); an allocation of another client is TR304's.")
public final class ProductToChangeIsAnActualAllocation implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ChangeRequest.Reference reference : ChangeRequest.toChange(context)) {
            if (reference.allocation().filter(a -> a.isActualOn(context.runDate())).isEmpty()) {
                findings.add(finding(reference.element().path() + "/ToewijzingNummer", "ToewijzingNummer "
                        + reference.toewijzingNummer() + " is not an actual allocation (unknown, ended or deleted)."));
            }
        }
        return findings;
    }
}
