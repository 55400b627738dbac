package nl.berichtenbatch.validation.rules.allocation;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Answer;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR379", level = 3, retourcode = "9379", messages = MessageType.TOEWIJZING,
        summary = "A ReferentieAanbieder in an allocation names an open request of this client: sent by this "
                + "aanbieder, not yet honoured by an earlier 301 and not rejected by a 319.",
        assumption = "The request must still be open (validation.md §0.15); a 319 'in onderzoek' (2) leaves it open. "
                + "Several ToegewezenProducten of the same 301 may carry the same reference (IV093).")
public final class ReferentieAanbiederAnswersAnOpenRequest implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (XmlElement product : context.root().all("Client/ToegewezenProducten/ToegewezenProduct")) {
            String referentie = product.valueOrNull("ReferentieAanbieder");
            if (referentie == null) {
                continue;
            }
            String problem = problem(context, referentie);
            if (problem != null) {
                findings.add(finding(product.path() + "/ReferentieAanbieder", "ReferentieAanbieder '" + referentie
                        + "' " + problem + "; an allocation on the gemeente's own initiative leaves it empty."));
            }
        }
        return findings;
    }

    private static String problem(RuleContext context, String referentie) {
        boolean requested = context.history().requests(context.scope(), referentie).stream()
                .anyMatch(r -> r.client().equals(context.client()));
        if (!requested) {
            return "names no request of this aanbieder for this client";
        }
        if (context.history().requestHonoured(context.scope(), referentie)) {
            return "was already honoured by an earlier allocation";
        }
        if (context.history().answers(context.scope(), referentie).stream().anyMatch(Answer::rejects)) {
            return "names a request that was rejected (319)";
        }
        return null;
    }
}
