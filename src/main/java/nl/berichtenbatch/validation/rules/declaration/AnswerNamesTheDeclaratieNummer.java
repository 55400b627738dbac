package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.AnsweredDeclaration;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR376", level = 3, messages = MessageType.DECLARATIE_ANTWOORD,
        summary = "The DeclaratieNummer of a declaratie-antwoord is that of the 323 it answers.",
        assumption = "No retourcode (n.v.t.): reported outside the message traffic (validation.md §0.20).")
public final class AnswerNamesTheDeclaratieNummer implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        String nummer = context.root().valueOrNull("DeclaratieAntwoord/DeclaratieNummer");
        AnsweredDeclaration declaration = Answered.declaration(context).orElse(null);
        if (nummer == null || declaration == null || declaration.declaratieNummer() == null
                || nummer.equals(declaration.declaratieNummer())) {
            return List.of();
        }
        return List.of(finding("/Bericht/DeclaratieAntwoord/DeclaratieNummer", "DeclaratieNummer '" + nummer
                + "' is not '" + declaration.declaratieNummer() + "' of the declaration it answers."));
    }
}
