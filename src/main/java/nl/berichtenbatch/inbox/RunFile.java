package nl.berichtenbatch.inbox;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file claimed by a run, in arrival order.
 *
 * @param folder {@code inbox} (received) or {@code outgoing} (our own, to be sent)
 * @param path   where the file is now: {@code work/<run>/<folder>/<name>}
 */
public record RunFile(long id, long runId, int seq, String folder, String name, Instant modified, Path path) {

    public static final String INBOX = "inbox";
    public static final String OUTGOING = "outgoing";

    public boolean outgoing() {
        return OUTGOING.equals(folder);
    }
}
