package nl.berichtenbatch.validation.rules.request;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Answer;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR365", level = 3, retourcode = "9365", messages = MessageType.ANTWOORD,
        summary = "No answer follows a final answer (VerzoekAntwoord 1) to the same request.")
public final class NoAnswerAfterAFinalAnswer implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        String referentie = context.root().valueOrNull("Antwoord/ReferentieAanbieder");
        boolean answered = context.history().answers(context.scope(), referentie).stream()
                .anyMatch(a -> !Answer.IN_INVESTIGATION.equals(a.verzoekAntwoord()));
        if (!answered) {
            return List.of();
        }
        return List.of(finding("/Bericht/Antwoord/VerzoekAntwoord", "Request '" + referentie
                + "' already has a final answer."));
    }
}
