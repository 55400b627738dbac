package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.contract.Variant.INSPANNINGSGERICHT;
import static nl.berichtenbatch.contract.Variant.OUTPUTGERICHT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.berichtenbatch.contract.Variant;

/**
 * The allowed allocation combinations per variant, rows I1-I20 and O1-O11 of variants.md §2.1 and §2.2: the type of
 * product, Budget, Omvang (Eenheid and Frequentie) and whether the Einddatum is required. A product fits its variant
 * when it fits one row of that variant's table.
 */
enum Combination {
    I1(INSPANNINGSGERICHT, Type.SPECIFIC, false, "01", "1", false, null),
    I2(INSPANNINGSGERICHT, Type.SPECIFIC, false, "01", "2", true, null),
    I3(INSPANNINGSGERICHT, Type.SPECIFIC, false, "01", "4", false, null),
    I4(INSPANNINGSGERICHT, Type.SPECIFIC, false, "01", "6", false, null),
    I5(INSPANNINGSGERICHT, Type.SPECIFIC, false, "04", "1", false, null),
    I6(INSPANNINGSGERICHT, Type.SPECIFIC, false, "04", "2", true, null),
    I7(INSPANNINGSGERICHT, Type.SPECIFIC, false, "04", "4", false, null),
    I8(INSPANNINGSGERICHT, Type.SPECIFIC, false, "04", "6", false, null),
    I9(INSPANNINGSGERICHT, Type.SPECIFIC, false, "16", "2", true, null),
    I10(INSPANNINGSGERICHT, Type.SPECIFIC, false, "16", "4", false, null),
    I11(INSPANNINGSGERICHT, Type.SPECIFIC, false, "16", "6", false, null),
    I12(INSPANNINGSGERICHT, Type.SPECIFIC, false, "14", "2", true, null),
    I13(INSPANNINGSGERICHT, Type.SPECIFIC, false, "14", "4", false, null),
    I14(INSPANNINGSGERICHT, Type.SPECIFIC, false, "14", "6", false, null),
    I15(INSPANNINGSGERICHT, Type.SPECIFIC, false, "84", "2", true, null),
    I16(INSPANNINGSGERICHT, Type.SPECIFIC, false, "84", "4", false, null),
    I17(INSPANNINGSGERICHT, Type.SPECIFIC, false, "84", "6", false, null),
    I18(INSPANNINGSGERICHT, Type.ASPECIFIC, false, null, null, false, false),
    I19(INSPANNINGSGERICHT, Type.ASPECIFIC, true, null, null, true, false),
    I20(INSPANNINGSGERICHT, Type.GENERIC, true, null, null, true, null),
    O1(OUTPUTGERICHT, Type.SPECIFIC, false, "82", "1", false, null),
    O2(OUTPUTGERICHT, Type.SPECIFIC, false, "82", "2", true, null),
    O3(OUTPUTGERICHT, Type.SPECIFIC, false, "82", "4", false, null),
    O4(OUTPUTGERICHT, Type.SPECIFIC, false, "82", "6", false, null),
    O5(OUTPUTGERICHT, Type.SPECIFIC, false, "83", "2", true, null),
    O6(OUTPUTGERICHT, Type.SPECIFIC, false, "83", "4", false, null),
    O7(OUTPUTGERICHT, Type.SPECIFIC, false, "83", "6", false, null),
    O8(OUTPUTGERICHT, Type.SPECIFIC, false, "83", "6", true, null),
    // CD075 makes the Einddatum of O9 and O11 required (validation.md §0.24)
    O9(OUTPUTGERICHT, Type.ASPECIFIC, true, null, null, true, true),
    O10(OUTPUTGERICHT, Type.ASPECIFIC, false, null, null, false, true),
    O11(OUTPUTGERICHT, Type.GENERIC, true, null, null, true, null);

    enum Type { SPECIFIC, ASPECIFIC, GENERIC }

    /** The landelijk ingekochte zorg (LTA) category of iJw (variants.md §1.2, table footnotes). */
    static final String LTA = "55";

    static final Map<String, String> UNITS = Map.of("01", "minuut", "04", "uur", "14", "etmaal", "16",
            "dagdeel", "82", "stuks (output)", "83", "euro's", "84", "stuks (inspanning)");
    static final Set<String> EFFORT_UNITS = Set.of("01", "04", "14", "16", "84");
    static final Set<String> OUTPUT_UNITS = Set.of("82", "83");
    private static final Map<String, String> FREQUENCIES = Map.of("1", "per dag", "2", "per week", "4", "per maand",
            "6", "totaal binnen geldigheidsduur");

    private final Variant variant;
    private final Type type;
    private final boolean budget;
    private final String eenheid;
    private final String frequentie;
    private final boolean einddatumRequired;
    /** iJw only: true = Categorie 55 (LTA) required, false = any Categorie but 55, null = any Categorie. */
    private final Boolean lta;

    Combination(Variant variant, Type type, boolean budget, String eenheid, String frequentie,
            boolean einddatumRequired, Boolean lta) {
        this.variant = variant;
        this.type = type;
        this.budget = budget;
        this.eenheid = eenheid;
        this.frequentie = frequentie;
        this.einddatumRequired = einddatumRequired;
        this.lta = lta;
    }

    Variant variant() {
        return variant;
    }

    static Type type(Allocated a) {
        return a.generic() ? Type.GENERIC : a.specific() ? Type.SPECIFIC : Type.ASPECIFIC;
    }

    /** The variant whose units include this one; null for an unknown unit. */
    static Variant variantOfUnit(String eenheid) {
        return EFFORT_UNITS.contains(eenheid) ? INSPANNINGSGERICHT : OUTPUT_UNITS.contains(eenheid) ? OUTPUTGERICHT
                : null;
    }

    static String unit(String eenheid) {
        return eenheid + " (" + UNITS.getOrDefault(eenheid, "?") + ")";
    }

    static String frequency(String frequentie) {
        return frequentie + " (" + FREQUENCIES.getOrDefault(frequentie, "?") + ")";
    }

    boolean fits(Allocated a, boolean ijw) {
        return type == type(a) && budget == a.budget() && Objects.equals(eenheid, a.eenheid())
                && Objects.equals(frequentie, a.frequentie()) && (!einddatumRequired || a.einddatum())
                && ltaFits(a, ijw);
    }

    private boolean ltaFits(Allocated a, boolean ijw) {
        return !ijw || lta == null || lta == LTA.equals(a.categorie());
    }

    /** The first row of the variant the product fits. */
    static Optional<Combination> row(Variant variant, Allocated a, boolean ijw) {
        return rows(variant).stream().filter(r -> r.fits(a, ijw)).findFirst();
    }

    static List<Combination> rows(Variant variant) {
        return Arrays.stream(values()).filter(r -> r.variant == variant).toList();
    }

    /**
     * What in the product does not fit the variant's table, in words; empty when a row fits. Under taakgericht no row
     * fits: the gemeente allocates nothing to clients (variants.md §1).
     */
    static Optional<String> misfit(Variant variant, Allocated a, boolean ijw) {
        if (variant == Variant.TAAKGERICHT) {
            return Optional.of("under taakgericht the gemeente allocates no products to clients (variants.md §1), so "
                    + "no " + a.element().name() + " is expected");
        }
        if (row(variant, a, ijw).isPresent()) {
            return Optional.empty();
        }
        Type type = type(a);
        List<Combination> ofType = rows(variant).stream().filter(r -> r.type == type).toList();
        String table = "table " + ofType.get(0).name() + "-" + ofType.get(ofType.size() - 1).name();
        if (type == Type.SPECIFIC) {
            return Optional.of(specificMisfit(variant, a, ofType, table));
        }
        if (a.omvang()) {
            return Optional.of("an " + (type == Type.GENERIC ? "generic" : "aspecific") + " product has no Omvang ("
                    + table + ")");
        }
        Optional<Combination> byBudget = ofType.stream().filter(r -> r.budget == a.budget()).findFirst();
        if (byBudget.isEmpty()) {
            return Optional.of("a generic product needs a Budget (row " + ofType.get(0).name() + ")");
        }
        Combination r = byBudget.get();
        if (!r.ltaFits(a, ijw)) {
            return Optional.of(Boolean.TRUE.equals(r.lta)
                    ? "iJw aspecific allocations under outputgericht are LTA trajectories of category 55 (rows O9, "
                            + "O10), not category " + a.categorie()
                    : "iJw aspecific allocations under inspanningsgericht are for care outside the LTA, not category "
                            + "55 (rows I18, I19)");
        }
        return Optional.of("row " + r.name() + " requires an Einddatum");
    }

    private static String specificMisfit(Variant variant, Allocated a, List<Combination> ofType, String table) {
        if (!a.omvang()) {
            return "a specific product needs an Omvang (" + table + ")";
        }
        if (a.budget()) {
            return "a specific product has an Omvang, not a Budget (" + table + ")";
        }
        List<Combination> ofUnit = ofType.stream().filter(r -> r.eenheid.equals(a.eenheid())).toList();
        if (ofUnit.isEmpty()) {
            Variant other = variantOfUnit(a.eenheid());
            return "Eenheid " + unit(a.eenheid()) + (other == null ? " is no unit of the tables"
                    : " belongs to the " + other.code() + " variant") + "; " + variant.code() + " allocates in "
                    + String.join(", ", ofType.stream().map(r -> r.eenheid).distinct().toList()) + " (" + table + ")";
        }
        List<Combination> ofFrequency = ofUnit.stream().filter(r -> r.frequentie.equals(a.frequentie())).toList();
        if (ofFrequency.isEmpty()) {
            return "Eenheid " + unit(a.eenheid()) + " does not go with Frequentie " + frequency(a.frequentie())
                    + " (rows " + ofUnit.get(0).name() + "-" + ofUnit.get(ofUnit.size() - 1).name() + ")";
        }
        return "Eenheid " + unit(a.eenheid()) + " " + FREQUENCIES.get(a.frequentie()) + " requires an Einddatum (row "
                + ofFrequency.get(0).name() + ")";
    }
}
