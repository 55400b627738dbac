package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.AnsweredDeclaration;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR366", level = 3, retourcode = "9366", messages = MessageType.DECLARATIE_ANTWOORD,
        summary = "Every prestatie returned in a declaratie-antwoord was declared in the 323 it answers (same "
                + "ProductReferentie).",
        assumption = "A 325 gets no answer: the finding is reported outside the message traffic (validation.md §0.20).")
public final class ReturnedPrestatieWasDeclared implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        AnsweredDeclaration declaration = Answered.declaration(context).orElse(null);
        if (declaration == null || declaration.declaratieNummer() == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Answered.Returned returned : Answered.prestaties(context)) {
            if (Answered.declared(declaration, returned.prestatie()).isEmpty()) {
                findings.add(finding(returned.element().path() + "/ProductReferentie", "Prestatie '"
                        + returned.prestatie().referentieNummer() + "' is not in the declaration this answers."));
            }
        }
        return findings;
    }
}
