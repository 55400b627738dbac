package nl.berichtenbatch.report;

import static nl.berichtenbatch.report.RunReports.accepted;
import static nl.berichtenbatch.report.RunReports.error;
import static nl.berichtenbatch.report.RunReports.invalid;
import static nl.berichtenbatch.report.RunReports.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.berichtenbatch.validation.Outcome;

/**
 * A run report written from a head and a source of messages, and read back a message at a time, is byte for byte
 * the report that the whole-report rendering writes: the expected files under {@code src/test/resources/report/}
 * were written by {@link ReportJson#pretty} and the HTML rendering of one string before the report was streamed.
 */
class RunReportStreamTests {

    private final RunReportWriter writer = new RunReportWriter(ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path reports;

    static Stream<String> samples() {
        return RunReports.samples().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void streamsTheJsonByteForByteAsTheWholeReportIsWritten(String sample) throws IOException {
        // given
        RunReport report = RunReports.samples().get(sample);
        // when
        Path file = writer.writeJson(report.head(), storedLines(report.messages()), reports);
        // then
        byte[] written = Files.readAllBytes(file);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(ReportJson.pretty(report) + "\n");
        assertThat(written).isEqualTo(expected(sample + ".json"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void streamsTheHtmlByteForByteAsTheWholePageWasRendered(String sample) throws IOException {
        // given
        RunReport report = RunReports.samples().get(sample);
        // when
        Path file = writer.writeHtml(report.head(), storedLines(report.messages()), reports);
        // then
        assertThat(Files.readAllBytes(file)).isEqualTo(expected(sample + ".html"));
        assertThat(writer.renderHtml(report).getBytes(StandardCharsets.UTF_8)).isEqualTo(expected(sample + ".html"));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsTheHeadAndHandsOnEachMessageInOrder(String sample) throws IOException {
        // given
        RunReport report = RunReports.samples().get(sample);
        Path file = Files.write(reports.resolve("run-" + report.run() + ".json"), expected(sample + ".json"));
        List<MessageReport> handed = new ArrayList<>();
        // when
        RunReportHead head = RunReportWriter.readJson(file, handed::add);
        // then
        assertThat(head).isEqualTo(report.head());
        assertThat(handed).isEqualTo(report.messages());
        assertThat(RunReportWriter.readHead(file)).isEqualTo(report.head());
        assertThat(RunReportWriter.readJson(file)).isEqualTo(report);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void rendersThePageAgainFromTheFileAsReportRunDoes(String sample) throws IOException {
        // given
        Path file = Files.write(reports.resolve("run.json"), expected(sample + ".json"));
        // when
        Path html = writer.writeHtmlAgain(file, reports);
        // then
        assertThat(Files.readAllBytes(html)).isEqualTo(expected(sample + ".html"));
    }

    @Test
    void summarisesTheFileAsTheReportInMemory() throws IOException {
        // given
        RunReport report = RunReports.samples().get("without-contracts");
        Path json = Files.write(reports.resolve("run-18.json"), expected("without-contracts.json"));
        Path html = reports.resolve("run-18.html");
        // when
        List<String> fromFile = summary(out -> RunSummary.print(json, html, out));
        List<String> inMemory = summary(out -> RunSummary.print(report, json, html, out));
        // then
        assertThat(fromFile).isEqualTo(inMemory).containsExactly(
                "Run 18 COMPLETED: 1 accepted, 2 rejected, 2 invalid, 1 duplicate, 1 held, 1 recorded; reports: "
                        + json + ", " + html,
                "  REJECTED  b & <c>.xml: TR314 [8021]: RN004 al gebruikt",
                "  INVALID   d.xml: XSD line 12: Element 'Bsn' is ongeldig",
                "  HELD      e.xml: TR061 [0001]: Geen contact",
                "  REJECTED  g.xml: TR338 [9338]: tweede",
                "  INVALID   i.xml: no reason recorded",
                "Deadlines: 1 overdue, 2 falling due by 2026-03-05 (berichtenbatch report overdue)");
    }

    @Test
    void countsTheMessagesOfAReportWithoutCountsWhereverTheyStand() throws IOException {
        // given: counts left out, a section it does not know before the messages, the start after them
        Path file = Files.writeString(reports.resolve("run-5.json"), """
                { "run": 5, "status": "COMPLETED", "later": { "messages": [ 1, 2 ] },
                  "messages": [ %s, %s, %s ],
                  "started": "2026-03-02T01:00:00Z", "finished": null }
                """.formatted(ReportJson.line(accepted("a.xml", "JW305")),
                ReportJson.line(rejected("b.xml", "JW305", error("TR019", "9019", "…"))),
                ReportJson.line(accepted("c.xml", "JW307"))));
        List<String> files = new ArrayList<>();
        // when
        RunReportHead head = RunReportWriter.readJson(file, message -> files.add(message.file()));
        // then
        assertThat(files).containsExactly("a.xml", "b.xml", "c.xml");
        assertThat(head.counts()).containsEntry(Outcome.ACCEPTED, 2).containsEntry(Outcome.REJECTED, 1);
        assertThat(head.files()).isEqualTo(3);
        assertThat(head.started()).isEqualTo(RunReports.STARTED);
    }

    @Test
    void takesTheCountsAsWrittenEvenAfterTheMessages() throws IOException {
        // given
        Path file = Files.writeString(reports.resolve("run-6.json"), """
                { "run": 6, "status": "COMPLETED", "started": "2026-03-02T01:00:00Z", "messages": [ %s ],
                  "counts": { "INVALID": 4 } }
                """.formatted(ReportJson.line(invalid("a.xml"))));
        // when
        RunReportHead head = RunReportWriter.readHead(file);
        // then
        assertThat(head.counts()).containsEntry(Outcome.INVALID, 4).containsEntry(Outcome.ACCEPTED, 0);
        assertThat(head.finished()).isNull();
    }

    @Test
    void saysWhichFileIsNotARunReportWhenItsMessagesAreNoList() throws IOException {
        // given
        Path noList = Files.writeString(reports.resolve("run-7.json"),
                "{ \"run\": 7, \"status\": \"COMPLETED\", \"started\": \"2026-03-02T01:00:00Z\", \"messages\": 3 }");
        Path noStart = Files.writeString(reports.resolve("run-8.json"), "{ \"run\": 8, \"status\": \"COMPLETED\" }");
        Path array = Files.writeString(reports.resolve("run-9.json"), "[ ]");
        // when / then
        assertThatThrownBy(() -> RunReportWriter.readHead(noList)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("run-7.json is not a run report: messages is not a list");
        assertThatThrownBy(() -> RunReportWriter.readHead(noStart)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("run-8.json is not a run report: no start");
        assertThatThrownBy(() -> RunReportWriter.readHead(array)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("run-9.json is not a run report: no JSON object");
    }

    @Test
    void reportsAFileThatCannotBeReadAsADiskFailure() {
        // given
        Path missing = reports.resolve("run-10.json");
        // when / then
        assertThatThrownBy(() -> RunReportWriter.readHead(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageNotContaining("is not a run report");
    }

    /** The messages as the run finisher has them: JSON lines read again for each pass. */
    private static MessageSource storedLines(List<MessageReport> messages) {
        List<String> lines = messages.stream().map(ReportJson::line).toList();
        return MessageSource.ofJsonLines(lines::forEach);
    }

    private static byte[] expected(String name) throws IOException {
        try (InputStream in = RunReportStreamTests.class.getResourceAsStream("/report/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<String> summary(java.util.function.Consumer<PrintWriter> print) {
        StringWriter text = new StringWriter();
        print.accept(new PrintWriter(text));
        return text.toString().lines().toList();
    }
}
