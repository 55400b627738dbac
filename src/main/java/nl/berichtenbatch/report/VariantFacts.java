package nl.berichtenbatch.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.berichtenbatch.report.RunReport.VariantTotals;

/**
 * What one processed message adds to the steering picture (design.md 4.6), kept with its entry in the run report so
 * that a run and a period ({@code report variants}) are summed from the same facts.
 *
 * @param aanbieder  the AGB code of the message's aanbieder (sender or receiver, whichever is the aanbieder)
 * @param variants   the message's totals per variant code; {@value #UNKNOWN} for products without a contract. Empty
 *                   when the message does not count (e.g. a 315, or a held outgoing message) but had mismatches
 * @param mismatches what the variant checks found in the message
 */
public record VariantFacts(String aanbieder, Map<String, VariantTotals> variants, List<MessageMismatch> mismatches) {

    /** The key of products the contracts do not name, so that the totals add up. */
    public static final String UNKNOWN = "onbekend";

    public VariantFacts {
        variants = variants == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        mismatches = mismatches == null ? List.of() : List.copyOf(mismatches);
    }

    /** A finding of a variant check, with the variant of the product it is about. */
    public record MessageMismatch(String variant, String rule, String text) {
    }
}
