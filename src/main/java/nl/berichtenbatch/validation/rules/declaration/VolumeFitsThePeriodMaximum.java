package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR321", level = 3, retourcode = "9321", messages = MessageType.DECLARATIE,
        summary = "The GeleverdVolume of a prestatie fits the allocated volume for its product period (when the "
                + "allocation has an Omvang).",
        assumption = "variants.md §6.2: per week = volume x ISO weeks touched (effort) or x Sundays plus the broken "
                + "last week (output); per month = the volume, also for a broken month; per day = volume x days "
                + "[DEFAULT]; total = the volume. iWmo category 01 per week: 6 x the volume. Hours may be declared in "
                + "minutes; another unit is TR341's and skips this check.")
public final class VolumeFitsThePeriodMaximum implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Allocation a = Lines.allocation(context, line).filter(Allocation::hasOmvang).orElse(null);
            if (a == null) {
                continue;
            }
            OptionalLong declared = Volumes.normalised(a, line.prestatie().eenheid(), line.prestatie().volume());
            OptionalLong max = Volumes.periodMaximum(context.kind().standard(), a, line.prestatie().periodeBegin(),
                    line.prestatie().periodeEind());
            if (declared.isPresent() && max.isPresent() && declared.getAsLong() > max.getAsLong()) {
                findings.add(finding(Lines.at(line, "GeleverdVolume"), "GeleverdVolume " + line.prestatie().volume()
                        + " (" + line.prestatie().eenheid() + ") is more than the " + max.getAsLong()
                        / Volumes.scale(a) + " (" + a.eenheid() + ") allocation " + a.toewijzingNummer()
                        + " allows for " + line.prestatie().periodeBegin() + " to " + line.prestatie().periodeEind()
                        + "."));
            }
        }
        return findings;
    }
}
