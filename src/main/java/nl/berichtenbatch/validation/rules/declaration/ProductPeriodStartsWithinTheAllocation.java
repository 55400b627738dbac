package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR307", level = 3, retourcode = "9307", messages = MessageType.DECLARATIE,
        summary = "A product period does not start before the Ingangsdatum of the (current version of the) allocation.")
public final class ProductPeriodStartsWithinTheAllocation implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Lines.allocation(context, line)
                    .filter(a -> line.prestatie().periodeBegin().isBefore(a.ingangsdatum()))
                    .ifPresent(a -> findings.add(finding(Lines.at(line, "ProductPeriode/Begindatum"),
                            "The product period starts on " + line.prestatie().periodeBegin() + ", before allocation "
                                    + a.toewijzingNummer() + " starts (" + a.ingangsdatum() + ").")));
        }
        return findings;
    }
}
