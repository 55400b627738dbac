package nl.berichtenbatch.validation.rules.request;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Answer;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR360", level = 3, retourcode = "9360", messages = MessageType.ANTWOORD,
        summary = "'In onderzoek' (VerzoekAntwoord 2) is only the first answer to a request.")
public final class InvestigationIsTheFirstAnswer implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        String referentie = context.root().valueOrNull("Antwoord/ReferentieAanbieder");
        if (!Answer.IN_INVESTIGATION.equals(context.root().valueOrNull("Antwoord/VerzoekAntwoord"))
                || context.history().answers(context.scope(), referentie).isEmpty()) {
            return List.of();
        }
        return List.of(finding("/Bericht/Antwoord/VerzoekAntwoord", "Request '" + referentie
                + "' was answered before; 'in onderzoek' can only be the first answer."));
    }
}
