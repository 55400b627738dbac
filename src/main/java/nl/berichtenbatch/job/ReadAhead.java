package nl.berichtenbatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /**
     * How many bytes of files may be read ahead and not yet taken; the next file is always read ahead, however large.
     * A file read holds its bytes and its element tree (for a large 323 some four times the file), so a page of
     * large files read ahead at once did not fit in the heap: 30 declarations of 22 MB (the chain allows 25 MB) made
     * the run fail with -Xmx512m, and every restart of it. Messages of a few kilobytes are all read ahead as before.
     */
    static final long BUDGET_BYTES = 16L * 1024 * 1024;

    private final MessageReader reader;
    private final long budgetBytes;
    /** One thread: the reader's parser factory is not shared between threads, and one core is left for the rest. */
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread reading = new Thread(runnable, "read-ahead");
        reading.setDaemon(true);
        return reading;
    });
    /** Files to read ahead once the budget allows, by id, in the order the step will take them. */
    private final Map<Long, RunFile> waiting = new LinkedHashMap<>();
    private final Map<Long, Ahead> pending = new HashMap<>();
    private long bytesAhead;

    private record Ahead(Future<MessageRead> read, long bytes) {
    }

    ReadAhead(MessageReader reader) {
        this(reader, BUDGET_BYTES);
    }

    ReadAhead(MessageReader reader, long budgetBytes) {
        this.reader = reader;
        this.budgetBytes = budgetBytes;
    }

    /** Starts reading a file that the step will process soon, as soon as the files read ahead leave room. */
    synchronized void ahead(RunFile file) {
        if (!pending.containsKey(file.id()) && waiting.putIfAbsent(file.id(), file) == null) {
            readAheadWhileRoom();
        }
    }

    /** The file read and checked: read ahead, or now (on the same thread, so the parser is never shared). */
    MessageRead take(RunFile file) throws IOException {
        Future<MessageRead> read;
        synchronized (this) {
            Ahead ahead = pending.remove(file.id());
            if (ahead != null) {
                bytesAhead -= ahead.bytes();
                read = ahead.read();
            } else {
                waiting.remove(file.id());
                read = thread.submit(() -> reader.read(file.path()));
            }
            readAheadWhileRoom();
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

    /** How many bytes of files are read ahead (or being read) and not yet taken. */
    synchronized long bytesAhead() {
        return bytesAhead;
    }

    /** Forgets what was read ahead and not taken (a stop, or a failed chunk): those files are read again later. */
    synchronized void clear() {
        pending.values().forEach(ahead -> ahead.read().cancel(false));
        pending.clear();
        waiting.clear();
        bytesAhead = 0;
    }

    private void readAheadWhileRoom() {
        while (!waiting.isEmpty() && (pending.isEmpty() || bytesAhead < budgetBytes)) {
            Iterator<RunFile> first = waiting.values().iterator();
            RunFile next = first.next();
            first.remove();
            long bytes = size(next.path());
            bytesAhead += bytes;
            pending.put(next.id(), new Ahead(thread.submit(() -> reader.read(next.path())), bytes));
        }
    }

    /** The file's size; a file that cannot be measured counts for nothing here, and its reading says what is wrong. */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
