package nl.berichtenbatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.berichtenbatch.inbox.RunFile;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;

/**
 * Reads and checks the claimed files (level 1: well-formed, XSD) on a second thread ahead of the chunk that
 * processes them, so that parsing uses the second core while levels 2-4 and the database work on the first. Level 1
 * needs no state and changes nothing, so reading ahead keeps the arrival order and the crash safety of the run: a file
 * read ahead but not processed is simply read again by the next run.
 */
final class ReadAhead {

    private final MessageReader reader;
    /** One thread: the reader's parser factory is not shared between threads, and one core is left for the rest. */
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread reading = new Thread(runnable, "read-ahead");
        reading.setDaemon(true);
        return reading;
    });
    private final Map<Long, Future<MessageRead>> pending = new ConcurrentHashMap<>();

    ReadAhead(MessageReader reader) {
        this.reader = reader;
    }

    /** Starts reading a file that the step will process soon. */
    void ahead(RunFile file) {
        pending.computeIfAbsent(file.id(), id -> thread.submit(() -> reader.read(file.path())));
    }

    /** The file read and checked: read ahead, or now (on the same thread, so the parser is never shared). */
    MessageRead take(RunFile file) throws IOException {
        Future<MessageRead> read = pending.remove(file.id());
        if (read == null) {
            read = thread.submit(() -> reader.read(file.path()));
        }
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + file.path(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Forgets what was read ahead and not taken (a stop, or a failed chunk): those files are read again later. */
    void clear() {
        pending.values().forEach(read -> read.cancel(false));
        pending.clear();
    }
}
