package nl.berichtenbatch.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.state.Prestatie;

/**
 * A rule on the prestaties of a 323 whose verdict depends on the prestaties of the same message that were approved
 * before it: a 323 is processed credits first, then debits, each in document order (OP366, validation.md §0.29), and
 * only the approved prestaties count for the next (TR322 and TR369 sums, TR389 credits). The engine judges the
 * prestaties one by one in that order with every rule of the message; alone, a rule counts a prestatie as approved
 * when it passed that rule.
 */
public interface PrestatieRule extends Rule {

    /** A prestatie of the message being checked: its element and its values. */
    record Line(XmlElement element, Prestatie prestatie) {
    }

    /** Checks one prestatie, knowing which prestaties of this message were approved before it. */
    List<Finding> check(RuleContext context, Line line, List<Line> approvedBefore);

    @Override
    default List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<Line> approved = new ArrayList<>();
        for (Line line : inProcessingOrder(context)) {
            List<Finding> own = check(context, line, approved);
            findings.addAll(own);
            if (own.stream().noneMatch(Finding::isError)) {
                approved.add(line);
            }
        }
        return findings;
    }

    /** The prestaties of the 323 in document order. */
    static List<Line> lines(RuleContext context) {
        // some twenty rules read the prestaties of the same 323: extracted once per assessment
        return context.derived("PrestatieRule.lines", () -> List.copyOf(extractLines(context)));
    }

    private static List<Line> extractLines(RuleContext context) {
        List<Line> lines = new ArrayList<>();
        for (XmlElement client : context.root().all("Declaratie/Clienten/Client")) {
            String pseudonym = context.clients().of(client.valueOrNull("Bsn"));
            for (XmlElement prestatie : client.all("Prestaties/Prestatie")) {
                lines.add(new Line(prestatie, Extract.prestatie(prestatie, pseudonym, true)));
            }
        }
        return lines;
    }

    /** The prestaties of the 323 in processing order: credits first, then debits, each in document order. */
    static List<Line> inProcessingOrder(RuleContext context) {
        return context.derived("PrestatieRule.inProcessingOrder", () -> lines(context).stream()
                .sorted(Comparator.comparing((Line line) -> line.prestatie().isCredit() ? 0 : 1))
                .toList());
    }
}
