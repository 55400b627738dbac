package nl.berichtenbatch.retour;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The values of an answer's header that are not taken from the message it answers.
 *
 * @param identificatieRetour the IdentificatieRetour of a retour, or the Identificatie of a 325's own
 *                            BerichtIdentificatie: 1 to 12 characters on one line, not only white space
 * @param dagtekening         the DagtekeningRetour, or the Dagtekening of a 325's own BerichtIdentificatie
 * @param xsltVersie          the version of the level-2 rule set ({@code n.n.n}), or null to omit it; required
 *                            after a level-2 rejection
 */
public record RetourHeader(String identificatieRetour, LocalDate dagtekening, String xsltVersie) {

    private static final int MAX_IDENTIFICATIE = 12;
    private static final Pattern VERSIE = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

    public RetourHeader {
        Objects.requireNonNull(identificatieRetour, "identificatieRetour");
        Objects.requireNonNull(dagtekening, "dagtekening");
        if (identificatieRetour.isBlank() || identificatieRetour.length() > MAX_IDENTIFICATIE
                || identificatieRetour.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("An identification has 1 to " + MAX_IDENTIFICATIE
                    + " characters on one line, not only white space: '" + identificatieRetour + "'");
        }
        if (xsltVersie != null && !VERSIE.matcher(xsltVersie).matches()) {
            throw new IllegalArgumentException("XsltVersie must have the form n.n.n: '" + xsltVersie + "'");
        }
        if (dagtekening.getYear() < 1 || dagtekening.getYear() > 9999) {
            throw new IllegalArgumentException("Dagtekening outside the years 1–9999: " + dagtekening);
        }
    }
}
