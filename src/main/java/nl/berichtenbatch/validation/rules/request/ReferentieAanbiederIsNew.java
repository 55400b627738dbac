package nl.berichtenbatch.validation.rules.request;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR347", level = 3, retourcode = "9347",
        messages = {MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "Every request has a ReferentieAanbieder this aanbieder never used before in the domain.",
        assumption = "Compared with the accepted 315 AangevraagdProducten and 317 Verzoeken between the same gemeente "
                + "and aanbieder, the only ones a receiver knows (validation.md §4).")
public final class ReferentieAanbiederIsNew implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        String path = context.kind().type() == MessageType.VERZOEK_OM_TOEWIJZING
                ? "Client/AangevraagdeProducten/AangevraagdProduct" : ChangeRequest.VERZOEK;
        for (XmlElement request : context.root().all(path)) {
            String referentie = request.valueOrNull("ReferentieAanbieder");
            if (!context.history().requests(context.scope(), referentie).isEmpty()) {
                findings.add(finding(request.path() + "/ReferentieAanbieder", "ReferentieAanbieder '" + referentie
                        + "' was used before by this aanbieder; every request needs a new one."));
            }
        }
        return findings;
    }
}
