package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR384", level = 3, retourcode = "9384", messages = MessageType.DECLARATIE,
        summary = "No prestatie is declared on an allocation whose current version was deleted (RedenWijziging 13).",
        assumption = "A deleted allocation counts as never sent (processes.md §5.3): the rules that compare a prestatie "
                + "with its allocation (periods, product, unit, volume, budget) skip it, so 9384 comes alone.")
public final class AllocationIsNotDeleted implements Rule {

    private static final String DELETED = "13";

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Lines.anyAllocation(context, line).filter(a -> DELETED.equals(a.redenWijziging())).ifPresent(a ->
                    findings.add(finding(Lines.at(line, "ToewijzingNummer"), "Allocation " + a.toewijzingNummer()
                            + " was deleted (RedenWijziging 13); nothing can be declared on it.")));
        }
        return findings;
    }
}
