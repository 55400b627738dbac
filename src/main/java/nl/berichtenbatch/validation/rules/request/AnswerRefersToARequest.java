package nl.berichtenbatch.validation.rules.request;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR355", level = 3, retourcode = "9355", messages = MessageType.ANTWOORD,
        summary = "An answer names, by ReferentieAanbieder, a request (315 or 317) the aanbieder sent to this gemeente.",
        assumption = "9355 is in the XSD enumeration but not in WJ001; it is TR355's code (validation.md §5.4).")
public final class AnswerRefersToARequest implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        String referentie = context.root().valueOrNull("Antwoord/ReferentieAanbieder");
        if (!context.history().requests(context.scope(), referentie).isEmpty()) {
            return List.of();
        }
        return List.of(finding("/Bericht/Antwoord/ReferentieAanbieder", "No request '" + referentie
                + "' of aanbieder " + context.scope().aanbieder() + " to this gemeente is known."));
    }
}
