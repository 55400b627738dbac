package nl.berichtenbatch.validation.rules.request;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Request;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR374", level = 3, retourcode = "9374",
        messages = {MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "A new request for a client is sent only when no earlier request of this aanbieder for that client "
                + "is still pending (neither honoured by a 301 nor rejected by a 319).",
        assumption = "A 319 'in onderzoek' (VerzoekAntwoord 2) leaves the request pending. Requests in the same "
                + "message do not block each other.")
public final class NoRequestIsPending implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Request> pending = context.history().pendingRequests(context.scope(), context.client());
        if (pending.isEmpty()) {
            return List.of();
        }
        String path = context.kind().type() == MessageType.VERZOEK_OM_TOEWIJZING
                ? "Client/AangevraagdeProducten/AangevraagdProduct" : ChangeRequest.VERZOEK;
        List<Finding> findings = new ArrayList<>();
        for (XmlElement request : context.root().all(path)) {
            findings.add(finding(request.path(), "Request '" + pending.get(0).referentieAanbieder() + "' for this "
                    + "client is still pending; wait for its 301 or rejecting 319."));
        }
        return findings;
    }
}
