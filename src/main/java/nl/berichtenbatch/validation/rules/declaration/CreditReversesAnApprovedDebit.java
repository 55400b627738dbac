package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR323", level = 3, retourcode = "8017", messages = MessageType.DECLARATIE,
        summary = "A credit names, by VorigReferentieNummer, a debit of an earlier declaration that was approved.")
public final class CreditReversesAnApprovedDebit implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.all(context)) {
            String vorig = line.prestatie().vorigReferentieNummer();
            if (line.prestatie().isCredit() && vorig != null
                    && context.history().approvedDebit(context.scope(), vorig).isEmpty()) {
                findings.add(finding(Lines.at(line, "ProductReferentie/VorigReferentieNummer"), "No approved debit '"
                        + vorig + "' is known; only an approved prestatie can be credited."));
            }
        }
        return findings;
    }
}
