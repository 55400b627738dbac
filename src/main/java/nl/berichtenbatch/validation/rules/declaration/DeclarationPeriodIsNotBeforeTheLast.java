package nl.berichtenbatch.validation.rules.declaration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR318", level = 3, retourcode = "8214", messages = MessageType.DECLARATIE,
        summary = "A DeclaratiePeriode is not before the latest declaration period already declared by this "
                + "aanbieder to this gemeente; the same period again, or a later one, is fine.",
        assumption = "Whether care was delivered every period cannot be seen by a receiver: only a period before the "
                + "latest is rejected (validation.md §0.9).")
public final class DeclarationPeriodIsNotBeforeTheLast implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        LocalDate begin = Extract.date(context.root(), "Declaratie/DeclaratiePeriode/Begindatum");
        Optional<LocalDate> latest = context.history().latestDeclarationPeriod(context.scope());
        if (latest.isEmpty() || !begin.isBefore(latest.get())) {
            return List.of();
        }
        return List.of(finding("/Bericht/Declaratie/DeclaratiePeriode/Begindatum", "Declaration period "
                + begin.getYear() + "-" + String.format("%02d", begin.getMonthValue()) + " is before the latest one "
                + "already declared (" + latest.get().getYear() + "-"
                + String.format("%02d", latest.get().getMonthValue()) + "); declare late care in the latest period "
                + "or a later one."));
    }
}
