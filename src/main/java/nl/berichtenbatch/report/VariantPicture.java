package nl.berichtenbatch.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.report.RunReport.Mismatch;
import nl.berichtenbatch.report.RunReport.VariantTotals;

/**
 * The steering picture of design.md 4.6 summed over messages: totals per variant, per aanbieder and variant, and
 * every mismatch with its file. A run report and {@code report variants} both add up the {@link VariantFacts} stored
 * with each message.
 */
public final class VariantPicture {

    private final Map<String, VariantTotals> variants = new LinkedHashMap<>();
    private final Map<String, Map<String, VariantTotals>> providers = new TreeMap<>();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private int messages;

    public VariantPicture() {
        // the three variants always, in the order of the standard, so that a reader sees the zeros too
        for (Variant variant : Variant.values()) {
            variants.put(variant.code(), VariantTotals.NONE);
        }
    }

    /** Adds what one message contributes; a message without facts (no contracts at the time) adds nothing. */
    public VariantPicture add(MessageReport message) {
        VariantFacts facts = message.variantFacts();
        if (facts == null) {
            return this;
        }
        messages++;
        facts.variants().forEach((variant, totals) -> {
            variants.merge(variant, totals, VariantTotals::plus);
            providers.computeIfAbsent(facts.aanbieder() == null ? VariantFacts.UNKNOWN : facts.aanbieder(),
                    agb -> new LinkedHashMap<>()).merge(variant, totals, VariantTotals::plus);
        });
        facts.mismatches().forEach(m -> mismatches.add(new Mismatch(message.file(), m.variant(), m.rule(), m.text())));
        return this;
    }

    public VariantPicture addAll(List<MessageReport> reports) {
        reports.forEach(this::add);
        return this;
    }

    /** Adds the messages of a run, one at a time. */
    public VariantPicture addAll(MessageSource reports) {
        reports.forEach(this::add);
        return this;
    }

    /** The number of messages that had variant facts. */
    public int messages() {
        return messages;
    }

    /** Per variant: the three variants, then {@value VariantFacts#UNKNOWN} when products without a contract came by. */
    public Map<String, VariantTotals> variants() {
        return ordered(variants);
    }

    /** Per aanbieder (AGB code, ascending), per variant in the same order as {@link #variants()}. */
    public Map<String, Map<String, VariantTotals>> providers() {
        Map<String, Map<String, VariantTotals>> ordered = new LinkedHashMap<>();
        providers.forEach((agb, totals) -> ordered.put(agb, ordered(totals)));
        return ordered;
    }

    public List<Mismatch> mismatches() {
        return List.copyOf(mismatches);
    }

    /** A run report with this picture. */
    public RunReport applyTo(RunReport report) {
        return report.withVariants(variants(), mismatches()).withProviders(providers());
    }

    /** The head of a run report with this picture. */
    public RunReportHead applyTo(RunReportHead head) {
        return head.withVariants(variants(), mismatches(), providers());
    }

    private static Map<String, VariantTotals> ordered(Map<String, VariantTotals> totals) {
        Map<String, VariantTotals> ordered = new LinkedHashMap<>();
        for (Variant variant : Variant.values()) {
            if (totals.containsKey(variant.code())) {
                ordered.put(variant.code(), totals.get(variant.code()));
            }
        }
        totals.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
