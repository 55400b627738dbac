package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR314", level = 3, retourcode = "8021", messages = MessageType.DECLARATIE,
        summary = "Every prestatie has a ReferentieNummer this aanbieder never used before in the domain.",
        assumption = "A ReferentieNummer of any prestatie of a processed 323 is used up, approved or rejected; inside "
                + "one 323 the second and later occurrences get 8021 (validation.md §0.8).")
public final class ReferentieNummerIsNew implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PrestatieRule.Line line : Lines.all(context)) {
            String referentie = line.prestatie().referentieNummer();
            if (!seen.add(referentie)) {
                findings.add(finding(Lines.at(line, "ProductReferentie/ReferentieNummer"), "ReferentieNummer '"
                        + referentie + "' occurs earlier in this declaration."));
            } else if (context.history().referentieNummerUsed(context.scope(), referentie)) {
                findings.add(finding(Lines.at(line, "ProductReferentie/ReferentieNummer"), "ReferentieNummer '"
                        + referentie + "' was used in an earlier declaration; every prestatie needs a new one."));
            }
        }
        return findings;
    }
}
