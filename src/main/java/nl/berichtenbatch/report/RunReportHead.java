package nl.berichtenbatch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.berichtenbatch.deadline.OverdueReport;
import nl.berichtenbatch.report.RunReport.Mismatch;
import nl.berichtenbatch.report.RunReport.VariantTotals;
import nl.berichtenbatch.validation.Outcome;

/**
 * Everything of a {@link RunReport} but its messages: what a report of a large run holds in memory while its
 * messages come from a {@link MessageSource} one at a time. The components are those of {@link RunReport}, with the
 * same meaning.
 */
public record RunReportHead(long run, String status, LocalDate runDate, Instant started, Instant finished,
        Map<Outcome, Integer> counts, String contracts, Map<String, VariantTotals> variants, List<Mismatch> mismatches,
        Map<String, Map<String, VariantTotals>> providers, OverdueReport overdue) {

    public RunReportHead {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(started, "started");
        counts = allOutcomes(counts == null ? Map.of() : counts);
        variants = variants == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        mismatches = mismatches == null ? null : List.copyOf(mismatches);
        if (providers != null) {
            Map<String, Map<String, VariantTotals>> copy = new LinkedHashMap<>();
            providers.forEach((agb, totals) -> copy.put(agb, Collections.unmodifiableMap(new LinkedHashMap<>(totals))));
            providers = Collections.unmodifiableMap(copy);
        }
    }

    /** A head without contract sections; the counts come from one pass over the messages. */
    public static RunReportHead of(long run, String status, Instant started, Instant finished,
            MessageSource messages) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        messages.forEach(message -> counts.merge(Outcome.valueOf(message.outcome()), 1, Integer::sum));
        return new RunReportHead(run, status, null, started, finished, counts, null, null, null, null, null);
    }

    /** The number of messages: each has one outcome. */
    public int files() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** This head with its deadlines section. */
    public RunReportHead withOverdue(OverdueReport report) {
        return new RunReportHead(run, status, runDate, started, finished, counts, contracts, variants, mismatches,
                providers, report);
    }

    /** This head with the contract sections (a run with contracts configured). */
    public RunReportHead withVariants(Map<String, VariantTotals> variants, List<Mismatch> mismatches,
            Map<String, Map<String, VariantTotals>> providers) {
        return new RunReportHead(run, status, runDate, started, finished, counts, null, variants, mismatches,
                providers, overdue);
    }

    /** This head of a run without a contracts file: it says which checks did not run. */
    public RunReportHead withoutContracts() {
        return new RunReportHead(run, status, runDate, started, finished, counts, RunReport.CONTRACTS_NOT_CONFIGURED,
                null, null, null, overdue);
    }

    /** This head with the run date its rules used. */
    public RunReportHead withRunDate(LocalDate date) {
        return new RunReportHead(run, status, date, started, finished, counts, contracts, variants, mismatches,
                providers, overdue);
    }

    /** Every outcome in its declaration order, 0 where none: the {@code counts} of the contract. */
    static Map<Outcome, Integer> allOutcomes(Map<Outcome, Integer> counts) {
        Map<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            Integer count = counts.get(outcome);
            all.put(outcome, count == null ? 0 : count);
        }
        return Collections.unmodifiableMap(all);
    }
}
