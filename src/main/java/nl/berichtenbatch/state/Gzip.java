package nl.berichtenbatch.state;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Large values kept in the database compressed (gzip, fastest level): the answer to and the report of a declaration
 * of 20,000 clients are some 25 MB each, and a row value that large made H2 ask for one buffer of three times its
 * size when it wrote its pages, which a 512 MB heap could not give.
 */
public final class Gzip {

    /** Values from this many bytes (or characters) on are worth compressing; smaller ones are kept as they are. */
    public static final int FROM = 64 * 1024;

    private Gzip() {
    }

    public static byte[] compress(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, content.length / 8));
        try (OutputStream out = new GZIPOutputStream(bytes, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // in memory: does not happen
        }
        return bytes.toByteArray();
    }

    /** @throws UncheckedIOException when the bytes are not (whole) gzip */
    public static byte[] expand(byte[] compressed) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 64 * 1024)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a compressed value in the database is damaged: " + e.getMessage(), e);
        }
    }
}
