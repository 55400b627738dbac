package nl.berichtenbatch.retour;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifications of answers derived from the answered file, so that writing the answer again for the same file
 * gives the same identification and replaces the earlier answer instead of adding one.
 */
public final class RetourIds {

    private static final String PREFIX = "R";
    private static final int HEX_CHARS = 11;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{" + HEX_CHARS + ",}");

    private RetourIds() {
    }

    /**
     * {@code R} and the first 11 hex digits of the file's SHA-256 in upper case (12 characters, the maximum of
     * IdentificatieRetour); 44 bits make a collision between two files of one sender practically impossible.
     */
    public static String identificatieFor(String inputSha256) {
        if (inputSha256 == null || !HEX.matcher(inputSha256).matches()) {
            throw new IllegalArgumentException("Not a hex SHA-256: '" + inputSha256 + "'");
        }
        return PREFIX + inputSha256.substring(0, HEX_CHARS).toUpperCase(Locale.ROOT);
    }
}
