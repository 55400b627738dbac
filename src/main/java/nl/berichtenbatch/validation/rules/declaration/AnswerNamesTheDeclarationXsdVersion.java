package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;
import java.util.Objects;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.AnsweredDeclaration;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR371", level = 3, header = true, messages = MessageType.DECLARATIE_ANTWOORD,
        summary = "XsdVersieDeclaratie of a declaratie-antwoord is the XsdVersie of the 323 it answers.",
        assumption = "No retourcode (n.v.t.): reported outside the message traffic (validation.md §0.20).")
public final class AnswerNamesTheDeclarationXsdVersion implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        AnsweredDeclaration declaration = Answered.declaration(context).orElse(null);
        if (declaration == null || declaration.xsdBasis() == null) {
            return List.of();
        }
        String basis = context.root().valueOrNull("Header/XsdVersieDeclaratie/BasisschemaXsdVersie");
        String bericht = context.root().valueOrNull("Header/XsdVersieDeclaratie/BerichtXsdVersie");
        if (Objects.equals(basis, declaration.xsdBasis()) && Objects.equals(bericht, declaration.xsdBericht())) {
            return List.of();
        }
        return List.of(finding("/Bericht/Header/XsdVersieDeclaratie", "XsdVersieDeclaratie " + basis + "/" + bericht
                + " is not the XsdVersie " + declaration.xsdBasis() + "/" + declaration.xsdBericht()
                + " of the declaration it answers."));
    }
}
