package nl.berichtenbatch.audit;

import java.util.regex.Pattern;

/**
 * Masks every run of exactly nine digits, which could be a BSN, in free text before it is stored. Long hex
 * tokens (32 or more hex characters, e.g. a file's SHA-256) are left whole: about one SHA-256 in nine contains
 * nine digits in a row, and a checksum that is masked can no longer be compared.
 */
final class BsnMask {

    static final String MASK = "*********";

    // Lookarounds rather than \b, so that "bsn_123456782.xml" and "BSN123456782" are masked too.
    private static final Pattern HEX_TOKEN_OR_NINE_DIGITS = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9A-Fa-f]{32,}(?![0-9A-Za-z])|(?<![0-9])([0-9]{9})(?![0-9])");

    private BsnMask() {
    }

    /** The text with every nine-digit run, and the given BSN wherever it occurs, replaced by asterisks. */
    static String mask(String text, String bsn) {
        if (text == null) {
            return null;
        }
        String masked = text;
        if (bsn != null && bsn.strip().length() >= MASK.length()) {
            masked = masked.replace(bsn.strip(), "*".repeat(bsn.strip().length()));
        }
        return HEX_TOKEN_OR_NINE_DIGITS.matcher(masked)
                .replaceAll(match -> match.group(1) == null ? match.group() : MASK);
    }

    static String mask(String text) {
        return mask(text, null);
    }
}
