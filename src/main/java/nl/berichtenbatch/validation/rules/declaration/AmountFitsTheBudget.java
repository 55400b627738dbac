package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR369", level = 3, retourcode = "9369", messages = MessageType.DECLARATIE,
        summary = "All approved, uncredited amounts declared on an allocation with a Budget, this prestatie included, "
                + "stay within the Budget.",
        assumption = "The sum of IngediendBedrag is compared with the Budget in euro cents (validation.md §0.12). Debits "
                + "approved earlier in the same message count, credits in it are processed first (OP366).")
public final class AmountFitsTheBudget implements PrestatieRule {

    @Override
    public List<Finding> check(RuleContext context, Line line, Approved approvedBefore) {
        Prestatie p = line.prestatie();
        if (!p.isDebit()) {
            return List.of();
        }
        Allocation a = Lines.allocation(context, line).filter(x -> x.budget() != null).orElse(null);
        if (a == null) {
            return List.of();
        }
        Set<String> creditedNow = approvedBefore.credited();
        long earlier = context.history().approvedUncreditedDebits(context.scope(), p.toewijzingNummer()).stream()
                .filter(d -> !creditedNow.contains(d.referentieNummer())).mapToLong(Prestatie::bedrag).sum();
        long inMessage = approvedBefore.debitsOn(p.toewijzingNummer()).stream().map(Line::prestatie)
                .mapToLong(Prestatie::bedrag).sum();
        long total = earlier + inMessage + p.bedrag();
        if (total <= a.budget()) {
            return List.of();
        }
        return List.of(finding(Lines.at(line, "IngediendBedrag/Bedrag"), "With this prestatie " + total
                + " cents is declared on allocation " + a.toewijzingNummer() + ", more than its Budget of " + a.budget()
                + "."));
    }
}
