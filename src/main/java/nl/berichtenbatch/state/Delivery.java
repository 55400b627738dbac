package nl.berichtenbatch.state;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A StartProduct or StopProduct as delivered (305/307). Absent key elements are null and equal only null.
 *
 * @param status StatusAanlevering: 1 (new), 3 (cancels an earlier delivery with the same key)
 */
public record Delivery(Kind kind, Long toewijzingNummer, String categorie, String productCode, LocalDate begindatum,
        String reden, LocalDate einddatum, String status) {

    public enum Kind { START, STOP }

    /** Same logical key (messages.md §5): StartProduct without reden/einddatum, StopProduct with them. */
    public boolean sameKey(Delivery other) {
        boolean base = kind == other.kind && Objects.equals(toewijzingNummer, other.toewijzingNummer)
                && Objects.equals(categorie, other.categorie) && Objects.equals(productCode, other.productCode)
                && Objects.equals(begindatum, other.begindatum);
        return base && (kind == Kind.START
                || (Objects.equals(reden, other.reden) && Objects.equals(einddatum, other.einddatum)));
    }

    /** Same (ToewijzingNummer, Product): the allocated product a start or stop is about. */
    public boolean sameProduct(Delivery other) {
        return Objects.equals(toewijzingNummer, other.toewijzingNummer) && Objects.equals(categorie, other.categorie)
                && Objects.equals(productCode, other.productCode);
    }

    public boolean isNew() {
        return "1".equals(status);
    }

    public boolean isCancellation() {
        return "3".equals(status);
    }
}
