package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR337", level = 3, header = true, messages = MessageType.DECLARATIE_ANTWOORD,
        summary = "A declaratie-antwoord names, by DeclaratieIdentificatie (Identificatie and Dagtekening), a 323 the "
                + "aanbieder sent to this gemeente.",
        assumption = "No retourcode (n.v.t.): a 325 gets no answer, so the finding is reported outside the message "
                + "traffic (validation.md §0.20).")
public final class AnswerNamesASentDeclaration implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        if (Answered.declaration(context).isPresent()) {
            return List.of();
        }
        return List.of(finding("/Bericht/Header/DeclaratieIdentificatie", "No declaration '"
                + context.root().valueOrNull("Header/DeclaratieIdentificatie/Identificatie") + "' of "
                + context.root().valueOrNull("Header/DeclaratieIdentificatie/Dagtekening") + " from aanbieder "
                + context.scope().aanbieder() + " to this gemeente is known."));
    }
}
