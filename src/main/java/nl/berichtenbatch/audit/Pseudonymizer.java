package nl.berichtenbatch.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a BSN into a keyed pseudonym: HMAC-SHA256 over the BSN (UTF-8, surrounding whitespace removed) with
 * the secret {@code berichtenbatch.privacy.pseudonym-key}, as 64 lower-case hex characters. The same key gives
 * the same pseudonym, so a client's events can be found again; without the key the BSN cannot be recovered
 * by trying all 10^9 numbers. Changing the key makes earlier pseudonyms unfindable. Thread-safe.
 */
public final class Pseudonymizer {

    /** The configuration key, named in error messages. */
    public static final String KEY_PROPERTY = "berichtenbatch.privacy.pseudonym-key";

    /** Shorter keys are rejected; surrounding whitespace does not count. */
    public static final int MIN_KEY_LENGTH = 16;

    /** Length of a pseudonym: the full HMAC-SHA256 in hex. */
    public static final int PSEUDONYM_LENGTH = 64;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /** A Mac is not thread-safe, and looking one up and keying it costs more than the hash: one per thread. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /**
     * @param key the secret; surrounding whitespace (e.g. a trailing newline from a secrets file) is ignored
     * @throws IllegalArgumentException when the key is missing, blank or shorter than {@value #MIN_KEY_LENGTH}
     *                                  characters (the message names the property, never the key)
     */
    public Pseudonymizer(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(KEY_PROPERTY + " is not set: configure a secret of at least "
                    + MIN_KEY_LENGTH + " characters (e.g. from an environment variable)");
        }
        String stripped = key.strip();
        if (stripped.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException(KEY_PROPERTY + " is too short: it has " + stripped.length()
                    + " characters, at least " + MIN_KEY_LENGTH + " are needed");
        }
        this.key = new SecretKeySpec(stripped.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        pseudonym("000000000");  // fail now, not on the first message, if the JVM lacks HmacSHA256
    }

    /** The pseudonym of a BSN, or null for a null or blank BSN. */
    public String pseudonym(String bsn) {
        if (bsn == null || bsn.isBlank()) {
            return null;
        }
        // doFinal resets the Mac to its key, ready for the next BSN
        return HexFormat.of().formatHex(macs.get().doFinal(bsn.strip().getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Pseudonymizer[" + ALGORITHM + ", key hidden]";
    }
}
