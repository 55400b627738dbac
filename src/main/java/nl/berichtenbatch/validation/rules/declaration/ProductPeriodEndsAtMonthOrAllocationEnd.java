package nl.berichtenbatch.validation.rules.declaration;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR388", level = 3, retourcode = "9388", messages = MessageType.DECLARATIE,
        summary = "A product period ends on the last day of its month, or on the allocation's Einddatum when that is "
                + "earlier in the month.")
public final class ProductPeriodEndsAtMonthOrAllocationEnd implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Allocation allocation = Lines.allocation(context, line).orElse(null);
            if (allocation == null) {
                continue;
            }
            LocalDate end = line.prestatie().periodeEind();
            LocalDate last = end.with(TemporalAdjusters.lastDayOfMonth());
            LocalDate expected = allocation.einddatum() != null && allocation.einddatum().isBefore(last)
                    ? allocation.einddatum() : last;
            if (!end.equals(expected)) {
                findings.add(finding(Lines.at(line, "ProductPeriode/Einddatum"), "The product period should end on "
                        + expected + " (the last of the month or the earlier Einddatum of allocation "
                        + allocation.toewijzingNummer() + "), not " + end + "."));
            }
        }
        return findings;
    }
}
