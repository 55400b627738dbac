package nl.berichtenbatch.validation.rules.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR373", level = 3, retourcode = "9373", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "A change of the Budget, or of the Omvang of a total-within-validity allocation (Frequentie 6), "
                + "takes effect from the allocation's original Ingangsdatum.",
        assumption = "A TeWijzigenProduct without Budget for an allocation with a Budget counts as a different Budget.")
public final class BudgetOrTotalChangesFromTheOriginalStart implements Rule {

    private static final String TOTAL = "6";

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ChangeRequest.Reference reference : ChangeRequest.toChange(context)) {
            if (reference.allocation().isEmpty()) {
                continue;
            }
            Allocation allocation = reference.allocation().get();
            var element = reference.element();
            boolean budgetChanges = allocation.budget() != null
                    && !Objects.equals(allocation.budget(), Extract.number(element, "Budget"));
            boolean totalChanges = TOTAL.equals(allocation.frequentie())
                    && !(Objects.equals(allocation.volume(), Extract.number(element, "Omvang/Volume"))
                    && Objects.equals(allocation.eenheid(), element.valueOrNull("Omvang/Eenheid"))
                    && Objects.equals(allocation.frequentie(), element.valueOrNull("Omvang/Frequentie")));
            if ((budgetChanges || totalChanges)
                    && !reference.gewensteIngangsdatum().equals(allocation.ingangsdatum())) {
                findings.add(finding(element.path() + "/GewensteIngangsdatum", (budgetChanges ? "The Budget" : "The "
                        + "total volume") + " of allocation " + reference.toewijzingNummer() + " changes, so "
                        + "GewensteIngangsdatum must be its Ingangsdatum " + allocation.ingangsdatum() + "."));
            }
        }
        return findings;
    }
}
