package nl.berichtenbatch.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * The prestaties of the message approved so far, in processing order, with what the rules ask of them kept up to
     * date as each is added: the debits credited by an approved credit, and the approved debits of each allocation.
     * The rules asked the whole list for each prestatie before, which a declaration of 20,000 prestaties turned into
     * hundreds of millions of steps.
     */
    final class Approved {

        private final List<Line> lines = new ArrayList<>();
        private final Set<String> credited = new HashSet<>();
        private final Map<Long, List<Line>> debits = new HashMap<>();

        /** Counts a prestatie as approved (the engine, after every rule passed it). */
        void add(Line line) {
            lines.add(line);
            Prestatie prestatie = line.prestatie();
            if (prestatie.isCredit()) {
                credited.add(prestatie.vorigReferentieNummer());
            } else if (prestatie.isDebit()) {
                debits.computeIfAbsent(prestatie.toewijzingNummer(), n -> new ArrayList<>()).add(line);
            }
        }

        /** Every prestatie approved so far, in processing order. */
        public List<Line> lines() {
            return Collections.unmodifiableList(lines);
        }

        /** The VorigReferentieNummers of the credits approved so far: the debits they take back. */
        public Set<String> credited() {
            return Collections.unmodifiableSet(credited);
        }

        /** The debits approved so far on an allocation, in processing order. */
        public List<Line> debitsOn(long toewijzingNummer) {
            return Collections.unmodifiableList(debits.getOrDefault(toewijzingNummer, List.of()));
        }
    }

    /** Checks one prestatie, knowing which prestaties of this message were approved before it. */
    List<Finding> check(RuleContext context, Line line, Approved approvedBefore);

    @Override
    default List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Approved approved = new Approved();
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
