package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR389", level = 3, retourcode = "9389", messages = MessageType.DECLARATIE,
        summary = "A debit for a ToewijzingNummer, ProductCategorie, ProductCode and ProductPeriode is sent only when "
                + "the approved debit for that line, if any, was credited.",
        assumption = "Credits in the same message are processed first (OP366); only an approved credit reverses.")
public final class NoSecondDebitForTheSameLine implements PrestatieRule {

    @Override
    public List<Finding> check(RuleContext context, Line line, Approved approvedBefore) {
        Prestatie p = line.prestatie();
        if (!p.isDebit()) {
            return List.of();
        }
        Set<String> creditedNow = approvedBefore.credited();
        Optional<Prestatie> earlier = context.history().approvedUncreditedDebits(context.scope(), p.toewijzingNummer())
                .stream().filter(d -> d.sameLine(p) && !creditedNow.contains(d.referentieNummer())).findFirst();
        return earlier.map(d -> List.of(finding(Lines.at(line, "IngediendBedrag/DebetCredit"), "Prestatie '"
                + d.referentieNummer() + "' already declared this line and was not credited; credit it before "
                + "declaring it again."))).orElse(List.of());
    }
}
