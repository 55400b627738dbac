package nl.berichtenbatch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.berichtenbatch.validation.Outcome;

/**
 * The report of one run, in the form of design.md 4.6 ({@code reports/run-<id>.json}). Component order and names are
 * the contract. The sections that only some runs have ({@code contracts}, {@code variants}, {@code mismatches},
 * {@code providers}, {@code overdue}) are left out of the JSON when null; everything else, including the nulls inside a
 * message, is always written.
 *
 * @param status   the job's status, e.g. {@code COMPLETED} or {@code FAILED}
 * @param finished when the run ended, or null when it did not record an end
 * @param counts   messages per outcome: every {@link Outcome}, in its declaration order, 0 where none
 * @param contracts  why the variant picture is missing: set only when no contracts are configured (design.md 4.5)
 * @param variants   totals per uitvoeringsvariant; null when no contracts are configured
 * @param mismatches what the contract checks found; null when no contracts are configured
 * @param providers  the same totals per aanbieder (AGB code), then per variant; null when no contracts are configured
 * @param overdue  deadlines overdue and falling due soon, per partner; null when not computed
 * @param runDate  the run date the rules and deadlines used (today, or {@code process --run-date}); null in a
 *                 report written before it was recorded
 */
public record RunReport(long run, String status, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate runDate,
        Instant started, Instant finished, Map<Outcome, Integer> counts,
        List<MessageReport> messages,
        @JsonInclude(JsonInclude.Include.NON_NULL) String contracts,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, VariantTotals> variants,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Mismatch> mismatches,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Map<String, VariantTotals>> providers,
        @JsonInclude(JsonInclude.Include.NON_NULL) nl.berichtenbatch.deadline.OverdueReport overdue) {

    /**
     * What the report says when no contracts file is configured: the checks that need one did not run (design.md
     * 4.5), and there is no picture per variant.
     */
    public static final String CONTRACTS_NOT_CONFIGURED = "not configured: rules that need contracts (TR341 for "
            + "aspecific and generic allocations, TR346 for hour tariffs declared in minutes, TR418 and the variant "
            + "checks) were not run, and there are no totals per variant";

    public RunReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(started, "started");
        messages = messages == null ? List.of() : List.copyOf(messages);
        counts = RunReportHead.allOutcomes(counts == null ? countOutcomes(messages) : counts);
        variants = variants == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        mismatches = mismatches == null ? null : List.copyOf(mismatches);
        if (providers != null) {
            Map<String, Map<String, VariantTotals>> copy = new LinkedHashMap<>();
            providers.forEach((agb, totals) -> copy.put(agb, Collections.unmodifiableMap(new LinkedHashMap<>(totals))));
            providers = Collections.unmodifiableMap(copy);
        }
    }

    /** A report without contract sections; the counts come from the messages. */
    public static RunReport of(long run, String status, Instant started, Instant finished,
            List<MessageReport> messages) {
        return new RunReport(run, status, null, started, finished, countOutcomes(messages), messages, null, null,
                null, null,
                null);
    }

    /** A report of a head and its messages, e.g. a small report read back whole. */
    public static RunReport of(RunReportHead head, List<MessageReport> messages) {
        return new RunReport(head.run(), head.status(), head.runDate(), head.started(), head.finished(), head.counts(),
                messages, head.contracts(), head.variants(), head.mismatches(), head.providers(), head.overdue());
    }

    /** Everything but the messages. */
    public RunReportHead head() {
        return new RunReportHead(run, status, runDate, started, finished, counts, contracts, variants, mismatches,
                providers, overdue);
    }

    /** This report with its deadlines section. */
    public RunReport withOverdue(nl.berichtenbatch.deadline.OverdueReport report) {
        return new RunReport(run, status, runDate, started, finished, counts, messages, contracts, variants,
                mismatches, providers, report);
    }

    /** This report with the contract sections (a run with contracts configured). */
    public RunReport withVariants(Map<String, VariantTotals> variants, List<Mismatch> mismatches) {
        return new RunReport(run, status, runDate, started, finished, counts, messages, null, variants, mismatches,
                providers, overdue);
    }

    /** This report with the totals per aanbieder (a run with contracts configured). */
    public RunReport withProviders(Map<String, Map<String, VariantTotals>> totals) {
        return new RunReport(run, status, runDate, started, finished, counts, messages, null, variants, mismatches,
                totals, overdue);
    }

    /** This report of a run without a contracts file: it says which checks did not run. */
    public RunReport withoutContracts() {
        return new RunReport(run, status, runDate, started, finished, counts, messages, CONTRACTS_NOT_CONFIGURED,
                null, null, null, overdue);
    }

    /** This report with the run date its rules used. */
    public RunReport withRunDate(LocalDate date) {
        return new RunReport(run, status, date, started, finished, counts, messages, contracts, variants, mismatches,
                providers, overdue);
    }

    /**
     * What happened to the messages of one uitvoeringsvariant in this run (design.md 4.5, 4.6).
     *
     * @param rejections how often each retourcode was given to a message of this variant
     */
    public record VariantTotals(int allocations, int starts, int stops, int declarations, int prestaties,
            long declaredCents, long approvedCents, Map<String, Integer> rejections) {

        public VariantTotals {
            // by code, so that two reports of the same messages are the same text
            rejections = rejections == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(rejections));
        }

        /** Nothing counted yet. */
        public static final VariantTotals NONE = new VariantTotals(0, 0, 0, 0, 0, 0, 0, Map.of());

        /** These totals and another's together. */
        public VariantTotals plus(VariantTotals other) {
            Map<String, Integer> codes = new TreeMap<>(rejections);
            other.rejections.forEach((code, count) -> codes.merge(code, count, Integer::sum));
            return new VariantTotals(allocations + other.allocations, starts + other.starts, stops + other.stops,
                    declarations + other.declarations, prestaties + other.prestaties,
                    Math.addExact(declaredCents, other.declaredCents), Math.addExact(approvedCents, other.approvedCents),
                    codes);
        }
    }

    /** A message that does not fit its contracted variant. */
    public record Mismatch(String file, String variant, String rule, String text) {
    }

    private static Map<Outcome, Integer> countOutcomes(List<MessageReport> messages) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        if (messages != null) {
            messages.forEach(message -> counts.merge(Outcome.valueOf(message.outcome()), 1, Integer::sum));
        }
        return counts;
    }
}
