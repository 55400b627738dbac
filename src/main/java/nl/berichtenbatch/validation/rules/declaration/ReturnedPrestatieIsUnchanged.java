package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.AnsweredDeclaration;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR367", level = 3, retourcode = "9367", messages = MessageType.DECLARATIE_ANTWOORD,
        summary = "A prestatie returned in a declaratie-antwoord is an unchanged copy of the declared one.",
        assumption = "A 325 gets no answer: the finding is reported outside the message traffic (validation.md §0.20).")
public final class ReturnedPrestatieIsUnchanged implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        AnsweredDeclaration declaration = Answered.declaration(context).orElse(null);
        if (declaration == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Answered.Returned returned : Answered.prestaties(context)) {
            Answered.declared(declaration, returned.prestatie())
                    .filter(declared -> !sameCopy(declared, returned.prestatie()))
                    .ifPresent(declared -> findings.add(finding(returned.element().path(), "Prestatie '"
                            + declared.referentieNummer() + "' differs from the declared one.")));
        }
        return findings;
    }

    private static boolean sameCopy(Prestatie a, Prestatie b) {
        return a.toewijzingNummer() == b.toewijzingNummer() && a.categorie().equals(b.categorie())
                && a.productCode().equals(b.productCode()) && a.periodeBegin().equals(b.periodeBegin())
                && a.periodeEind().equals(b.periodeEind()) && a.volume() == b.volume()
                && a.eenheid().equals(b.eenheid()) && Objects.equals(a.tarief(), b.tarief())
                && a.bedrag() == b.bedrag() && a.debetCredit().equals(b.debetCredit());
    }
}
