package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR322", level = 3, retourcode = "9322", messages = MessageType.DECLARATIE,
        summary = "All approved, uncredited volume declared on an allocation, this prestatie included, fits the total "
                + "allocated volume (when the allocation has an Omvang).",
        assumption = "variants.md §6.3: per week = volume x ISO weeks touched by the whole allocation (effort) or x "
                + "(Sundays + 1 for a broken last week) (output); per month = volume x calendar months; per day = "
                + "volume x days [DEFAULT]; total = the volume; no end date = no total. Debits approved earlier in the "
                + "same message count, credits in it are processed first (OP366).")
public final class VolumeFitsTheTotalMaximum implements PrestatieRule {

    @Override
    public List<Finding> check(RuleContext context, Line line, Approved approvedBefore) {
        Prestatie p = line.prestatie();
        if (!p.isDebit()) {
            return List.of();
        }
        Allocation a = Lines.allocation(context, line).filter(Allocation::hasOmvang).orElse(null);
        if (a == null) {
            return List.of();
        }
        OptionalLong own = Volumes.normalised(a, p.eenheid(), p.volume());
        OptionalLong max = Volumes.totalMaximum(a);
        if (own.isEmpty() || max.isEmpty()) {
            return List.of();
        }
        Set<String> creditedNow = approvedBefore.credited();
        long earlier = context.history().approvedUncreditedDebits(context.scope(), p.toewijzingNummer()).stream()
                .filter(d -> !creditedNow.contains(d.referentieNummer()))
                .mapToLong(d -> Volumes.normalised(a, d.eenheid(), d.volume()).orElse(0)).sum();
        long inMessage = approvedBefore.debitsOn(p.toewijzingNummer()).stream().map(Line::prestatie)
                .mapToLong(d -> Volumes.normalised(a, d.eenheid(), d.volume()).orElse(0)).sum();
        long total = earlier + inMessage + own.getAsLong();
        if (total <= max.getAsLong()) {
            return List.of();
        }
        return List.of(finding(Lines.at(line, "GeleverdVolume"), "With this prestatie " + total / Volumes.scale(a)
                + " (" + a.eenheid() + ") is declared on allocation " + a.toewijzingNummer() + ", more than its total of "
                + max.getAsLong() / Volumes.scale(a) + "."));
    }
}
