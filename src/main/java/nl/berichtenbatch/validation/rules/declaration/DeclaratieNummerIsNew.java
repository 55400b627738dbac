package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR333", level = 3, retourcode = "9333", messages = MessageType.DECLARATIE,
        summary = "Every declaration has a DeclaratieNummer this aanbieder never used before in the domain.",
        assumption = "Compared with the processed 323s between the same gemeente and aanbieder (validation.md §4).")
public final class DeclaratieNummerIsNew implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        String nummer = context.root().valueOrNull("Declaratie/DeclaratieNummer");
        if (!context.history().declarationNumberUsed(context.scope(), nummer)) {
            return List.of();
        }
        return List.of(finding("/Bericht/Declaratie/DeclaratieNummer", "DeclaratieNummer '" + nummer
                + "' was used before by this aanbieder."));
    }
}
