package nl.berichtenbatch.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code reports/run-<id>.json} and {@code reports/run-<id>.html} (design.md 4.6) and reads the JSON back, so
 * that {@code report RUN} can render the page again. Each file appears atomically: it is written under a temporary
 * name in the same folder and then renamed, so a reader never sees half a report. A disk failure is a technical
 * failure of the run and surfaces as {@link UncheckedIOException}.
 */
public final class RunReportWriter {

    private static final String PREFIX = "run-";

    /** Tolerates sections it does not know, so that an older build can still re-render a newer report. */
    private static final JsonMapper READER =
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

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
        // streamed into the file, never one string: a run of 100,000 files has a report of some 100 MB
        try {
            return streamIntoPlace(jsonFile(reportsDir, report.run()), out -> {
                ReportJson.pretty(report, out);
                out.write('\n');
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code run-<id>.html} (creating the folder when needed) and returns its path. */
    public Path writeHtml(RunReport report, Path reportsDir) {
        return writeAtomically(htmlFile(reportsDir, report.run()), html.render(report));
    }

    /** The page that {@link #writeHtml} writes. */
    public String renderHtml(RunReport report) {
        return html.render(report);
    }

    /** Reads a report that {@link #writeJson} wrote; a file that is no run report gives an UncheckedIOException. */
    public static RunReport readJson(Path file) {
        try {
            return READER.readValue(Files.readString(file, StandardCharsets.UTF_8), RunReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw new UncheckedIOException(
                    new IOException(file + " is not a run report: " + e.getOriginalMessage(), e));
        }
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
