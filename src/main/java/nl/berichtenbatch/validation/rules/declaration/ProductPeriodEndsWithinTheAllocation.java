package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR308", level = 3, retourcode = "9308", messages = MessageType.DECLARATIE,
        summary = "A product period does not end after the Einddatum of the allocation, when it has one.")
public final class ProductPeriodEndsWithinTheAllocation implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Lines.allocation(context, line)
                    .filter(a -> a.einddatum() != null && line.prestatie().periodeEind().isAfter(a.einddatum()))
                    .ifPresent(a -> findings.add(finding(Lines.at(line, "ProductPeriode/Einddatum"),
                            "The product period ends on " + line.prestatie().periodeEind() + ", after allocation "
                                    + a.toewijzingNummer() + " ends (" + a.einddatum() + ").")));
        }
        return findings;
    }
}
