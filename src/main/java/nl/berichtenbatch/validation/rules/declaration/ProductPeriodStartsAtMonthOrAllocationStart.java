package nl.berichtenbatch.validation.rules.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR387", level = 3, retourcode = "9387", messages = MessageType.DECLARATIE,
        summary = "A product period starts on the first day of its month, or on the allocation's Ingangsdatum when "
                + "that is later in the month.")
public final class ProductPeriodStartsAtMonthOrAllocationStart implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Allocation allocation = Lines.allocation(context, line).orElse(null);
            if (allocation == null) {
                continue;
            }
            LocalDate begin = line.prestatie().periodeBegin();
            LocalDate first = begin.withDayOfMonth(1);
            LocalDate expected = allocation.ingangsdatum().isAfter(first) ? allocation.ingangsdatum() : first;
            if (!begin.equals(expected)) {
                findings.add(finding(Lines.at(line, "ProductPeriode/Begindatum"), "The product period should start on "
                        + expected + " (the first of the month or the later Ingangsdatum of allocation "
                        + allocation.toewijzingNummer() + "), not " + begin + "."));
            }
        }
        return findings;
    }
}
