package nl.berichtenbatch.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import nl.berichtenbatch.generate.Model.Message;
import nl.berichtenbatch.generate.Model.Retour;

/**
 * Where the story's files go: {@code inbox/} or {@code outgoing/}, each file with a modification time one second
 * or more after the previous one (the arrival order the job follows), and a row in the manifest. Stops taking
 * files at the requested count. A dry run only counts, for calibrating the story.
 *
 * <p>Rendering and writing happen on two writer threads behind a short queue: creating a hundred thousand small
 * files costs more in the kernel than the story costs to tell, and the queue keeps memory flat (a full queue makes
 * the story thread write the file itself). Names, times and content are fixed before a file is handed over, so the
 * result does not depend on the threads.
 */
final class Output implements Closeable {

    static final String INBOX = "inbox";
    static final String OUTGOING = "outgoing";
    private static final int WRITERS = 2;
    private static final int QUEUED_FILES = 256;

    /** What a file is meant to get: see {@link Manifest}. */
    record Intended(String outcome, Integer level, List<String> codes, List<String> rules, Defects.Kind defect) {

        static Intended valid(String outcome) {
            return new Intended(outcome, null, List.of(), List.of(), null);
        }
    }

    private final Path data;
    private final BufferedWriter manifest;
    private final int limit;
    private final ZoneId zone;
    private final int width;
    private final ThreadPoolExecutor writers;
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final Map<String, Integer> perMessage = new TreeMap<>();
    private int written;
    private int wrong;
    private int inbox;
    private Instant lastModified = Instant.EPOCH;
    private LocalDate firstDate;
    private LocalDate lastDate;

    /** A dry run when {@code data} is null: nothing is rendered or written, and there is no limit. */
    Output(Path data, Path manifestFile, int limit, ZoneId zone) throws IOException {
        this.data = data;
        this.limit = data == null ? Integer.MAX_VALUE : limit;
        this.zone = zone;
        this.width = Math.max(6, String.valueOf(limit).length());
        if (data != null) {
            Files.createDirectories(data.resolve(INBOX));
            Files.createDirectories(data.resolve(OUTGOING));
            manifest = Files.newBufferedWriter(manifestFile, StandardCharsets.UTF_8);
            manifest.write(Manifest.HEADER);
            manifest.write('\n');
            writers = new ThreadPoolExecutor(WRITERS, WRITERS, 0, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(QUEUED_FILES), runnable -> {
                        Thread thread = new Thread(runnable, "generate-writer");
                        thread.setDaemon(true);
                        return thread;
                    }, new ThreadPoolExecutor.CallerRunsPolicy());
        } else {
            manifest = null;
            writers = null;
        }
    }

    boolean full() {
        return written >= limit;
    }

    /** Writes one file, unless the count is reached; second = seconds after midnight on date. */
    void write(Message message, String folder, Intended intended, LocalDate date, int second) {
        if (full()) {
            return;
        }
        written++;
        if (intended.defect() != null) {
            wrong++;
        }
        if (folder.equals(INBOX)) {
            inbox++;
        }
        perMessage.merge(message.kind().name(), 1, Integer::sum);
        if (firstDate == null) {
            firstDate = date;
        }
        lastDate = date;
        if (data == null) {
            return;
        }
        IOException failed = failure.get();
        if (failed != null) {
            throw new UncheckedIOException(failed);
        }
        String name = Numbers.zeros(written, width) + "-" + message.kind().name() + "-" + ownIdentificatie(message)
                + ".xml";
        Path file = data.resolve(folder).resolve(name);
        Instant natural = date.atStartOfDay(zone).toInstant().plusSeconds(second);
        lastModified = natural.isAfter(lastModified) ? natural : lastModified.plusSeconds(1);
        FileTime modified = FileTime.from(lastModified);
        writers.execute(() -> writeFile(file, message, intended.defect(), modified));
        try {
            manifest.write(new Manifest.Entry(written, folder, name, message.kind().name(),
                    message.header().afzender(), message.header().ontvanger(), message.header().identificatie(),
                    intended.outcome(), intended.level(), intended.codes(), intended.rules(),
                    intended.defect() == null ? "" : intended.defect().label()).line());
            manifest.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest: " + e.getMessage(), e);
        }
    }

    private void writeFile(Path file, Message message, Defects.Kind defect, FileTime modified) {
        if (failure.get() != null) {
            return;
        }
        String xml = Render.render(message);
        if (defect != null && defect.level == 1) {
            xml = Defects.breakText(defect, message.kind(), xml);
        }
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
            Files.setLastModifiedTime(file, modified);
        } catch (IOException e) {
            failure.compareAndSet(null, new IOException("cannot write " + file + ": " + e.getMessage(), e));
        }
    }

    /** The identification that names the file: a retour's IdentificatieRetour, else the message's own. */
    private static String ownIdentificatie(Message message) {
        return message.body() instanceof Retour retour ? retour.identificatieRetour()
                : message.header().identificatie();
    }

    int written() {
        return written;
    }

    int wrong() {
        return wrong;
    }

    int inbox() {
        return inbox;
    }

    Map<String, Integer> perMessage() {
        return perMessage;
    }

    LocalDate firstDate() {
        return firstDate;
    }

    LocalDate lastDate() {
        return lastDate;
    }

    /** Waits for the writers; a file that could not be written fails here at the latest. */
    @Override
    public void close() throws IOException {
        if (writers != null) {
            writers.shutdown();
            try {
                while (!writers.awaitTermination(1, TimeUnit.MINUTES)) {
                    // a slow disk: keep waiting, every file must be on disk before the workspace is complete
                }
            } catch (InterruptedException e) {
                writers.shutdownNow();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the files");
            } finally {
                manifest.close();
            }
        }
        IOException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }
}
