package nl.berichtenbatch.state;

import java.time.LocalDate;

/**
 * A prestatie (declaration line) of a 323, as declared; {@code approved} says whether its 325 approved it (an own
 * 323 counts as approved until a 325 rejects the line).
 *
 * @param client the pseudonym of the enclosing Client/Bsn
 */
public record Prestatie(String client, String referentieNummer, String vorigReferentieNummer, long toewijzingNummer,
        String categorie, String productCode, LocalDate periodeBegin, LocalDate periodeEind, long volume,
        String eenheid, Long tarief, long bedrag, String debetCredit, boolean approved) {

    public static final String DEBIT = "D";
    public static final String CREDIT = "C";

    public boolean isDebit() {
        return DEBIT.equals(debetCredit);
    }

    public boolean isCredit() {
        return CREDIT.equals(debetCredit);
    }

    /** The amount with its sign: debits count up, credits down. */
    public long signedBedrag() {
        return isCredit() ? -bedrag : bedrag;
    }

    /** Same declared line (TR389): ToewijzingNummer, ProductCategorie, ProductCode and ProductPeriode. */
    public boolean sameLine(Prestatie other) {
        return toewijzingNummer == other.toewijzingNummer && categorie.equals(other.categorie)
                && productCode.equals(other.productCode) && periodeBegin.equals(other.periodeBegin)
                && periodeEind.equals(other.periodeEind);
    }
}
