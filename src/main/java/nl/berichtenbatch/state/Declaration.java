package nl.berichtenbatch.state;

import java.time.LocalDate;
import java.util.List;

/** A declaration (323) with its prestaties, each approved or not by its 325. */
public record Declaration(String declaratieNummer, LocalDate periodeBegin, LocalDate periodeEind, long totaalBedrag,
        String debetCredit, List<Prestatie> prestaties) {

    public Declaration {
        prestaties = List.copyOf(prestaties);
    }
}
