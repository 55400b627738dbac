package nl.berichtenbatch.state;

import java.time.LocalDate;
import java.util.List;

/**
 * A 323 that a 325 answers, as the state knows it (TR337, TR366, TR367, TR371, TR376): its identification and XSD
 * versions, and, when it was processed, its DeclaratieNummer and prestaties.
 *
 * @param declaratieNummer null when the 323 was never processed (rejected before its declaration was recorded)
 */
public record AnsweredDeclaration(String identificatie, LocalDate dagtekening, String xsdBasis, String xsdBericht,
        String declaratieNummer, List<Prestatie> prestaties) {

    public AnsweredDeclaration {
        prestaties = List.copyOf(prestaties);
    }
}
