package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;
import java.util.Optional;

import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.RuleContext;

/** The prestaties of a 323 as the declaration rules see them. */
final class Lines {

    private Lines() {
    }

    /** Every prestatie, in document order. */
    static List<PrestatieRule.Line> all(RuleContext context) {
        return PrestatieRule.lines(context);
    }

    /**
     * The debits, in document order: a credit is checked only by TR304, TR314, TR323, TR338 and TR390
     * (validation.md §0.27).
     */
    static List<PrestatieRule.Line> debits(RuleContext context) {
        return context.derived(DEBITS, () -> all(context).stream().filter(line -> line.prestatie().isDebit()).toList());
    }

    private static final Object DEBITS = new Object();

    /**
     * The current version of the allocation a prestatie names (IV013), for the rules that compare the prestatie with
     * it; empty when there is none (TR338) or when it was deleted, which counts as never sent (processes.md §5.3):
     * TR384 then says so and nothing else is compared with it.
     */
    static Optional<Allocation> allocation(RuleContext context, PrestatieRule.Line line) {
        return anyAllocation(context, line).filter(a -> !a.isDeleted());
    }

    /** The current version of the allocation a prestatie names, deleted or not. */
    static Optional<Allocation> anyAllocation(RuleContext context, PrestatieRule.Line line) {
        return context.history().currentAllocation(context.scope(), line.prestatie().toewijzingNummer());
    }

    static String at(PrestatieRule.Line line, String child) {
        return line.element().path() + "/" + child;
    }
}
