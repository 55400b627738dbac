package nl.berichtenbatch.report;

import static nl.berichtenbatch.report.RunReports.accepted;
import static nl.berichtenbatch.report.RunReports.error;
import static nl.berichtenbatch.report.RunReports.held;
import static nl.berichtenbatch.report.RunReports.invalid;
import static nl.berichtenbatch.report.RunReports.partial;
import static nl.berichtenbatch.report.RunReports.rejected;
import static nl.berichtenbatch.report.RunReports.run;
import static nl.berichtenbatch.report.RunReports.warning;
import static nl.berichtenbatch.report.RunReports.xsd;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryTests {

    private static final Path JSON = Path.of("data", "reports", "run-17.json");
    private static final Path HTML = Path.of("data", "reports", "run-17.html");

    @Test
    void namesTheRunItsNonZeroCountsAndTheReports() {
        // given
        RunReport report = run(accepted("a.xml", "JW305"), accepted("b.xml", "JW305"));
        // when
        List<String> lines = print(report);
        // then
        assertThat(lines).containsExactly(
                "Run 17 COMPLETED: 2 accepted; reports: data/reports/run-17.json, data/reports/run-17.html");
    }

    @Test
    void saysSoWhenThereWereNoFiles() {
        assertThat(print(run())).containsExactly(
                "Run 17 COMPLETED: no files; reports: data/reports/run-17.json, data/reports/run-17.html");
    }

    @Test
    void namesEachFileThatNeedsAttentionWithItsFirstReason() {
        // given
        RunReport report = run(accepted("a.xml", "JW305"),
                rejected("b.xml", "JW305", warning("BB012", "alleen ter info"),
                        error("TR019", "9019", "Geen toewijzing"),
                        error("TR063", "9063", "tweede reden")),
                invalid("c.xml", xsd("Element 'Bsn':\n  ongeldig", 12)),
                held("d.xml", "JW301", error("TR061", "0001", "Geen contact")),
                invalid("e.xml"));
        // when
        List<String> lines = print(report);
        // then
        assertThat(lines).containsExactly(
                "Run 17 COMPLETED: 1 accepted, 1 rejected, 2 invalid, 1 held; "
                        + "reports: data/reports/run-17.json, data/reports/run-17.html",
                "  REJECTED  b.xml: TR019 [9019]: Geen toewijzing",
                "  INVALID   c.xml: XSD line 12: Element 'Bsn':   ongeldig",
                "  HELD      d.xml: TR061 [0001]: Geen contact",
                "  INVALID   e.xml: no reason recorded");
    }

    @Test
    void namesAPartlyApprovedDeclarationWithTheReasonOfItsFirstRejectedPrestatie() {
        // given a declaration of which one prestatie was approved and another rejected
        RunReport report = run(accepted("a.xml", "JW305"),
                partial("d.xml", error("TR338", "9338", "Geen toewijzing 123 voor deze prestatie")));
        // when
        List<String> lines = print(report);
        // then
        assertThat(lines).containsExactly(
                "Run 17 COMPLETED: 1 accepted, 1 partial; "
                        + "reports: data/reports/run-17.json, data/reports/run-17.html",
                "  PARTIAL   d.xml: TR338 [9338]: Geen toewijzing 123 voor deze prestatie");
    }

    @Test
    void keepsTerminalControlCharactersOutOfFileNames() {
        // given
        RunReport report = run(invalid("evil\u001b[2J.xml", xsd("kapot", 1)));
        // when
        List<String> lines = print(report);
        // then
        assertThat(lines.get(1)).isEqualTo("  INVALID   evil [2J.xml: XSD line 1: kapot");
    }

    @Test
    void namesAtMostTenFilesAndSaysHowManyMore() {
        // given
        List<MessageReport> messages = new ArrayList<>();
        IntStream.rangeClosed(1, 13).forEach(i -> messages.add(invalid("f" + i + ".xml", xsd("kapot", i))));
        RunReport report = RunReport.of(17, "FAILED", RunReports.STARTED, RunReports.FINISHED, messages);
        // when
        List<String> lines = print(report);
        // then
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).startsWith("Run 17 FAILED: 13 invalid; ");
        assertThat(lines.get(10)).isEqualTo("  INVALID   f10.xml: XSD line 10: kapot");
        assertThat(lines.get(11)).isEqualTo("  ... and 3 more in data/reports/run-17.html");
    }

    @Test
    void readsTheReportFileOnlyAsFarAsTheFilesItNames(@TempDir Path dir) throws Exception {
        // given a report file of 13 invalid files and one accepted, written as a run writes it, in which everything
        // after the tenth invalid file could not be read into a message (a findings list that is a number)
        List<MessageReport> messages = new ArrayList<>();
        IntStream.rangeClosed(1, 13).forEach(i -> messages.add(invalid("f" + i + ".xml", xsd("kapot", i))));
        messages.add(accepted("g.xml", "JW305"));
        RunReport report = RunReport.of(17, "COMPLETED", RunReports.STARTED, RunReports.FINISHED, messages);
        Path json = new RunReportWriter().writeJson(report, dir);
        String written = Files.readString(json);
        int eleventh = written.indexOf("f11.xml");
        Files.writeString(json, written.substring(0, eleventh) + written.substring(eleventh)
                .replaceAll("\"findings\" : \\[[^\\]]*\\]", "\"findings\" : 42"));
        assertThat(Files.readString(json)).contains("\"findings\" : 42");
        // when the summary is printed from the file
        StringWriter text = new StringWriter();
        RunSummary.print(json, HTML, new PrintWriter(text));
        // then it names the first ten, counts the rest from the head, and never read the others
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).startsWith("Run 17 COMPLETED: 1 accepted, 13 invalid; ");
        assertThat(lines.get(10)).isEqualTo("  INVALID   f10.xml: XSD line 10: kapot");
        assertThat(lines.get(11)).isEqualTo("  ... and 3 more in data/reports/run-17.html");
    }

    private static List<String> print(RunReport report) {
        StringWriter text = new StringWriter();
        RunSummary.print(report, JSON, HTML, new PrintWriter(text));
        return text.toString().lines().toList();
    }
}
