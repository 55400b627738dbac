package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR340", level = 3, retourcode = "9340", messages = MessageType.DECLARATIE,
        summary = "The ProductCode of a prestatie is the allocation's code, when the allocation has one (specific).")
public final class CodeMatchesTheAllocation implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Lines.allocation(context, line)
                    .filter(a -> a.productCode() != null && !a.productCode().equals(line.prestatie().productCode()))
                    .ifPresent(a -> findings.add(finding(Lines.at(line, "ProductCode"), "ProductCode "
                            + line.prestatie().productCode() + " is not the code " + a.productCode()
                            + " of allocation " + a.toewijzingNummer() + ".")));
        }
        return findings;
    }
}
