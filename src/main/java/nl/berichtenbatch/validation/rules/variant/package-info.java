/**
 * The product's own checks of messages against the uitvoeringsvariant of the contract (variants.md, design.md 4.5):
 * the allocation tables of variants.md §2, the contracted unit and product, declarations under the wrong variant and
 * the start that effort- and output-based care needs (OP295). The standard has no retourcode for any of them, so each
 * is a warning ({@code BBnnn}, {@code variant = true}) that never changes the answer; the run report lists them as
 * variant mismatches (design.md 4.6). Without a contracts file none of them runs.
 */
package nl.berichtenbatch.validation.rules.variant;
