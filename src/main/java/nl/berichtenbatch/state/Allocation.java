package nl.berichtenbatch.state;

import java.time.LocalDate;

/** One version of a ToegewezenProduct (301), as received or sent. */
public record Allocation(String client, long toewijzingNummer, String referentieAanbieder, String categorie,
        String productCode, LocalDate toewijzingsdatum, String toewijzingstijd, LocalDate ingangsdatum,
        LocalDate einddatum, String redenWijziging, Long volume, String eenheid, String frequentie, Long budget) {

    /** Deleted (validation.md §4): Einddatum = Ingangsdatum with RedenWijziging 13 or 01. */
    public boolean isDeleted() {
        return einddatum != null && einddatum.equals(ingangsdatum)
                && ("13".equals(redenWijziging) || "01".equals(redenWijziging));
    }

    /** Actual on a date (validation.md §4): not deleted, and without Einddatum or ending on or after the date. */
    public boolean isActualOn(LocalDate date) {
        return !isDeleted() && (einddatum == null || !einddatum.isBefore(date));
    }

    /** Specific allocations have an Omvang (Volume, Eenheid, Frequentie); aspecific and generic ones have none. */
    public boolean hasOmvang() {
        return eenheid != null;
    }

    /** Ordering of versions (IV013): the latest Toewijzingsdatum + Toewijzingstijd is current. */
    public String versionKey() {
        return toewijzingsdatum + "T" + toewijzingstijd;
    }
}
