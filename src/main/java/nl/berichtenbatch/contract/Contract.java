package nl.berichtenbatch.contract;

import java.time.LocalDate;

/**
 * One row of the contracts file (design.md 4.5): a product contracted between a gemeente and an aanbieder.
 *
 * @param gemeente     gemeentecode (4 digits)
 * @param aanbieder    AGB code (8 digits)
 * @param categorie    ProductCategorie
 * @param productCode  ProductCode; null when the row covers the whole category
 * @param variant      the uitvoeringsvariant
 * @param eenheid      the WJ756 unit of the contract, e.g. {@code 04}
 * @param tarief       euro cents per eenheid; null when not given (optional for eenheid 83 and taakgericht, where it
 *                     is the agreed amount per period, for reports only)
 * @param ingangsdatum first day the row applies
 * @param einddatum    last day the row applies; null when open-ended
 * @param line         the line number in the contracts file, for messages
 */
public record Contract(String gemeente, String aanbieder, String categorie, String productCode, Variant variant,
        String eenheid, Long tarief, LocalDate ingangsdatum, LocalDate einddatum, int line) {

    public static final String EUROS = "83";

    /** Whether this row covers the product (a row without code covers every code of its category). */
    public boolean covers(String categorie, String productCode) {
        return this.categorie.equals(categorie) && (this.productCode == null || this.productCode.equals(productCode));
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(ingangsdatum) && (einddatum == null || !date.isAfter(einddatum));
    }

    /** The tariff a declaration is checked against (TR418, TR346); null for euros, taakgericht or no tarief. */
    public Tariff tariff() {
        return tarief == null || EUROS.equals(eenheid) || variant == Variant.TAAKGERICHT ? null
                : new Tariff(eenheid, tarief);
    }
}
