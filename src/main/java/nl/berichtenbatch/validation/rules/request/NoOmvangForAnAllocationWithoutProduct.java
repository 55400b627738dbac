package nl.berichtenbatch.validation.rules.request;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR375", level = 3, retourcode = "9375", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "A TeWijzigenProduct has no Omvang when the allocation it changes has no Product (generic) and ends "
                + "after 2020 or not at all.",
        assumption = "The Einddatum is that of the allocation referred to (validation.md §0.14); TR412 then fails too.")
public final class NoOmvangForAnAllocationWithoutProduct implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ChangeRequest.Reference reference : ChangeRequest.toChange(context)) {
            Allocation allocation = reference.allocation().orElse(null);
            if (allocation != null && allocation.categorie() == null
                    && ChangeRequest.endsAfter2020(allocation.einddatum())
                    && reference.element().find("Omvang").isPresent()) {
                findings.add(finding(reference.element().path() + "/Omvang", "Allocation "
                        + reference.toewijzingNummer() + " has no Product (generic), so the change has no Omvang."));
            }
        }
        return findings;
    }
}
