package nl.berichtenbatch.validation.rules.request;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR411", level = 3, retourcode = "9411", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "A TeWijzigenProduct has an Omvang when the allocation it changes has a ProductCode (specific).")
public final class OmvangForAnAllocationWithProductCode implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ChangeRequest.Reference reference : ChangeRequest.toChange(context)) {
            Allocation allocation = reference.allocation().orElse(null);
            if (allocation != null && allocation.productCode() != null
                    && reference.element().find("Omvang").isEmpty()) {
                findings.add(finding(reference.element().path(), "Allocation " + reference.toewijzingNummer()
                        + " is specific (ProductCode " + allocation.productCode() + "), so the change needs an Omvang."));
            }
        }
        return findings;
    }
}
