package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR390", level = 3, retourcode = "9390", messages = MessageType.DECLARATIE,
        summary = "A debit is credited at most once: no approved credit with the same VorigReferentieNummer exists.")
public final class DebitIsCreditedOnce implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.all(context)) {
            String vorig = line.prestatie().vorigReferentieNummer();
            if (line.prestatie().isCredit() && vorig != null
                    && context.history().approvedCreditExists(context.scope(), vorig)) {
                findings.add(finding(Lines.at(line, "ProductReferentie/VorigReferentieNummer"), "Prestatie '" + vorig
                        + "' was already credited."));
            }
        }
        return findings;
    }
}
