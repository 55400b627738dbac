package nl.berichtenbatch.validation.rules.request;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR359", level = 3, retourcode = "9359", messages = MessageType.ANTWOORD,
        summary = "No answer follows an allocation (301) that already honoured the request.")
public final class NoAnswerAfterAnAllocation implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        String referentie = context.root().valueOrNull("Antwoord/ReferentieAanbieder");
        if (!context.history().requestHonoured(context.scope(), referentie)) {
            return List.of();
        }
        return List.of(finding("/Bericht/Antwoord/ReferentieAanbieder", "Request '" + referentie
                + "' was already honoured by an allocation; it needs no answer any more."));
    }
}
