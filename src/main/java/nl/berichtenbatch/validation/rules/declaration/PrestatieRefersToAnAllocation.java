package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR338", level = 3, retourcode = "9338", messages = MessageType.DECLARATIE,
        summary = "Every prestatie names, by ToewijzingNummer, an allocation of the gemeente to this aanbieder.",
        assumption = "Credits too (validation.md §0.27). When it fails, the rules that need the allocation (TR304, "
                + "TR307, TR308, TR321, TR322, TR339-TR341, TR369, TR384, TR387, TR388) skip the prestatie. A deleted "
                + "allocation counts as never sent: TR384 reports it and those rules skip it too (processes.md §5.3).")
public final class PrestatieRefersToAnAllocation implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.all(context)) {
            if (Lines.anyAllocation(context, line).isEmpty()) {
                findings.add(finding(Lines.at(line, "ToewijzingNummer"), "No allocation "
                        + line.prestatie().toewijzingNummer() + " of gemeente " + context.scope().gemeente()
                        + " to this aanbieder is known."));
            }
        }
        return findings;
    }
}
