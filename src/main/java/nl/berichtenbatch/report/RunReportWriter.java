package nl.berichtenbatch.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Writes {@code reports/run-<id>.json} and {@code reports/run-<id>.html} (design.md 4.6) and reads the JSON back, so
 * that {@code report RUN} can render the page again. Each file appears atomically: it is written under a temporary
 * name in the same folder and then renamed, so a reader never sees half a report. A disk failure is a technical
 * failure of the run and surfaces as {@link UncheckedIOException}.
 */
public final class RunReportWriter {

    private static final String PREFIX = "run-";

    private final RunReportHtml html;

    /** Times in the HTML are shown in the system's time zone. */
    public RunReportWriter() {
        this(ZoneId.systemDefault());
    }

    /** Times in the HTML are shown in {@code zone}; the JSON always has UTC instants. */
    public RunReportWriter(ZoneId zone) {
        this.html = new RunReportHtml(Objects.requireNonNull(zone, "zone"));
    }

    public static Path jsonFile(Path reportsDir, long run) {
        return reportsDir.resolve(PREFIX + run + ".json");
    }

    public static Path htmlFile(Path reportsDir, long run) {
        return reportsDir.resolve(PREFIX + run + ".html");
    }

    /** Writes {@code run-<id>.json} (creating the folder when needed) and returns its path. */
    public Path writeJson(RunReport report, Path reportsDir) {
        return writeJson(report.head(), MessageSource.of(report.messages()), reportsDir);
    }

    /**
     * Writes {@code run-<id>.json} of a head and its messages (creating the folder when needed) and returns its path.
     * The messages are gone through once and streamed into the file: a run of 100,000 files has a report of some
     * 100 MB.
     */
    public Path writeJson(RunReportHead head, MessageSource messages, Path reportsDir) {
        try {
            return streamIntoPlace(jsonFile(reportsDir, head.run()), out -> RunReportJson.write(head, messages, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code run-<id>.html} (creating the folder when needed) and returns its path. */
    public Path writeHtml(RunReport report, Path reportsDir) {
        return writeHtml(report.head(), MessageSource.of(report.messages()), reportsDir);
    }

    /**
     * Writes {@code run-<id>.html} of a head and its messages (creating the folder when needed) and returns its path.
     * The page is streamed into the file section by section; the messages are gone through twice.
     */
    public Path writeHtml(RunReportHead head, MessageSource messages, Path reportsDir) {
        return writePage(htmlFile(reportsDir, head.run()), page -> html.render(head, messages, page));
    }

    private static Path writePage(Path file, Consumer<Writer> render) {
        try {
            return streamIntoPlace(file, out -> {
                Writer page = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                render.accept(page);
                page.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code run-<id>.json} and {@code run-<id>.html} of a head and its messages and returns the JSON's path:
     * the tables of the page are summed while the JSON is written, so the messages are gone through twice, not three
     * times.
     */
    public Path writeJsonAndHtml(RunReportHead head, MessageSource messages, Path reportsDir) {
        RunReportHtml.Tally tally = new RunReportHtml.Tally();
        Path json = writeJson(head, messages.alsoTo(tally::add), reportsDir);
        writePage(htmlFile(reportsDir, head.run()), page -> html.render(head, tally, messages, page));
        return json;
    }

    /**
     * Writes {@code run-<id>.html} again from the report in {@code json} ({@code report RUN}) and returns its path: the
     * head is read with the tables of the page in one pass over the file, the files that need attention in a second.
     */
    public Path writeHtmlAgain(Path json, Path reportsDir) {
        RunReportHtml.Tally tally = new RunReportHtml.Tally();
        RunReportHead head = readJson(json, tally::add);
        return writePage(htmlFile(reportsDir, head.run()), page -> html.render(head, tally, messages(json), page));
    }

    /** The page that {@link #writeHtml} writes. */
    public String renderHtml(RunReport report) {
        return html.render(report);
    }

    /**
     * Reads a report that {@link #writeJson} wrote, with all its messages: for small reports. A large one is read
     * with {@link #readJson(Path, Consumer)}.
     *
     * @throws UncheckedIOException when the file cannot be read or is no run report
     */
    public static RunReport readJson(Path file) {
        List<MessageReport> messages = new ArrayList<>();
        RunReportHead head = readJson(file, messages::add);
        return RunReport.of(head, messages);
    }

    /**
     * Reads a report that {@link #writeJson} wrote in one pass, handing each message to {@code each} as soon as it is
     * read, and returns the rest of the report. Sections this build does not know are skipped.
     *
     * @throws UncheckedIOException when the file cannot be read or is no run report
     */
    public static RunReportHead readJson(Path file, Consumer<? super MessageReport> each) {
        try (InputStream in = Files.newInputStream(file)) {
            return RunReportJson.read(in, file, each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #readJson(Path, Consumer)}, but once {@code enough} says so the remaining messages are passed over
     * without being read into objects; the sections after them are read.
     */
    public static RunReportHead readJson(Path file, Consumer<? super MessageReport> each, BooleanSupplier enough) {
        try (InputStream in = Files.newInputStream(file)) {
            return RunReportJson.read(in, file, each, enough);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report in a file without its messages; one pass over the file. */
    public static RunReportHead readHead(Path file) {
        return readJson(file, message -> {
        });
    }

    /** The messages of the report in a file, read from the file again each time they are gone through. */
    public static MessageSource messages(Path file) {
        return each -> readJson(file, each);
    }

    /** Writes a file so that it appears whole or not at all (also the files of {@code report variants}). */
    static Path writeAtomically(Path target, String content) {
        try {
            return moveIntoPlace(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path moveIntoPlace(Path target, String content) throws IOException {
        return streamIntoPlace(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** What goes into a file, written to its stream. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path streamIntoPlace(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // not Files.createTempFile: that makes the file owner-only, and a report should get the folder's usual rights
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                // on disk before the rename, so a crash cannot leave a complete name with incomplete content
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
