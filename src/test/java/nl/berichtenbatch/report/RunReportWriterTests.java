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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.berichtenbatch.report.MessageReport.FindingReport;
import nl.berichtenbatch.report.RunReport.Mismatch;
import nl.berichtenbatch.report.RunReport.VariantTotals;
import nl.berichtenbatch.validation.Outcome;
import nl.berichtenbatch.validation.RetourCode;

class RunReportWriterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunReportWriter writer = new RunReportWriter(ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path reports;

    @Test
    void writesBothReportsAsEachAloneGoingThroughTheMessagesTwice(@TempDir Path separately) throws IOException {
        // given a run with files of every kind, whose messages count how often they are gone through
        RunReport report = run(accepted("a.xml", "JW305"),
                rejected("b.xml", "JW305", warning("BB012", "alleen ter info"), error("TR019", "9019", "Geen")),
                invalid("c.xml", xsd("kapot", 3)), held("d.xml", "JW301", error("TR061", "0001", "Geen contact")));
        int[] passes = new int[1];
        MessageSource counted = each -> {
            passes[0]++;
            report.messages().forEach(each);
        };
        // when
        Path json = writer.writeJsonAndHtml(report.head(), counted, reports);
        // then the files are those written one at a time, and the messages were read twice
        assertThat(passes[0]).isEqualTo(2);
        assertThat(json).isEqualTo(reports.resolve("run-17.json"));
        assertThat(json).hasSameTextualContentAs(writer.writeJson(report, separately));
        assertThat(reports.resolve("run-17.html")).hasSameTextualContentAs(writer.writeHtml(report, separately));
    }

    @Test
    void writesTheJsonContractWithItsFieldNamesInOrder() throws IOException {
        // given
        RunReport report = run(rejected("x.xml", "JW305", error("TR019", "9019", "Geen toewijzing 123")));
        // when
        Path file = writer.writeJson(report, reports);
        // then
        assertThat(file).isEqualTo(reports.resolve("run-17.json"));
        JsonNode root = JSON.readTree(Files.readString(file));
        assertThat(root.propertyNames()).containsExactly("run", "status", "started", "finished", "counts", "messages");
        assertThat(root.get("run").asLong()).isEqualTo(17);
        assertThat(root.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(root.get("started").asString()).isEqualTo("2026-03-02T01:00:00Z");
        assertThat(root.get("finished").asString()).isEqualTo("2026-03-02T01:02:05.400Z");
        JsonNode message = root.get("messages").get(0);
        assertThat(message.propertyNames()).containsExactly("file", "sha256", "direction", "standard", "release",
                "message", "sender", "receiver", "identification", "outcome", "level", "findings", "output");
        JsonNode finding = message.get("findings").get(0);
        assertThat(finding.propertyNames()).startsWith("rule", "severity", "retourcode", "location", "text");
        assertThat(finding.get("retourcode").asString()).isEqualTo("9019");
    }

    @Test
    void countsEveryOutcomeInTheContractOrderWithZeros() throws IOException {
        // given
        RunReport report = run(accepted("a.xml", "JW305"), accepted("b.xml", "JW307"),
                rejected("c.xml", "WMO305", error("TR019", "9019", "…")), invalid("d.xml", xsd("kapot", 3)));
        // when
        JsonNode counts = JSON.readTree(Files.readString(writer.writeJson(report, reports))).get("counts");
        // then
        assertThat(counts.propertyNames()).containsExactly("ACCEPTED", "REJECTED", "INVALID", "DUPLICATE",
                "MISROUTED", "PARTIAL", "SENT", "HELD", "RECORDED");
        assertThat(counts.get("ACCEPTED").asInt()).isEqualTo(2);
        assertThat(counts.get("REJECTED").asInt()).isEqualTo(1);
        assertThat(counts.get("INVALID").asInt()).isEqualTo(1);
        assertThat(counts.get("DUPLICATE").asInt()).isZero();
        assertThat(counts.get("RECORDED").asInt()).isZero();
    }

    @Test
    void countsAnEmptyRunAsAllZeros() {
        // given / when
        RunReport report = run();
        // then
        assertThat(report.counts()).hasSize(Outcome.values().length).containsOnlyKeys(Outcome.values())
                .allSatisfy((outcome, count) -> assertThat(count).isZero());
    }

    @Test
    void writesTheNullsOfAMessageButLeavesOutAbsentSections() throws IOException {
        // given
        RunReport report = run(invalid("d.xml", xsd("kapot", 3)));
        // when
        String json = Files.readString(writer.writeJson(report, reports));
        // then
        JsonNode message = JSON.readTree(json).get("messages").get(0);
        assertThat(message.get("standard").isNull()).isTrue();
        assertThat(message.get("output").isNull()).isTrue();
        assertThat(message.get("findings").get(0).get("retourcode").isNull()).isTrue();
        assertThat(json).doesNotContain("\"variants\"", "\"mismatches\"");
    }

    @Test
    void roundTripsThroughJson() {
        // given
        RunReport report = run(accepted("a.xml", "JW305"),
                rejected("c.xml", "WMO323", error("TR314", "8021", "RN004 al gebruikt"), warning("BB012", "let op")),
                invalid("d.xml", xsd("kapot <b>", 3)), held("e.xml", "JW301", error("TR061", "0001", "geen contact")));
        // when
        RunReport read = RunReportWriter.readJson(writer.writeJson(report, reports));
        // then
        assertThat(read).isEqualTo(report);
        assertThat(read.counts().keySet()).containsExactly(Outcome.values());
    }

    @Test
    void roundTripsTheContractSections() throws IOException {
        // given
        Map<String, VariantTotals> variants = new LinkedHashMap<>();
        variants.put("inspanningsgericht", new VariantTotals(4, 3, 1, 2, 5, 125000, 100000, Map.of("9321", 1)));
        variants.put("outputgericht", new VariantTotals(1, 0, 0, 0, 0, 0, 0, Map.of()));
        RunReport report = run(accepted("a.xml", "JW305"))
                .withVariants(variants, List.of(new Mismatch("a.xml", "outputgericht", "BB012", "eenheid past niet")));
        // when
        Path file = writer.writeJson(report, reports);
        // then
        JsonNode root = JSON.readTree(Files.readString(file));
        assertThat(root.propertyNames()).containsExactly("run", "status", "started", "finished", "counts", "messages",
                "variants", "mismatches");
        assertThat(root.get("variants").propertyNames()).containsExactly("inspanningsgericht", "outputgericht");
        assertThat(root.get("variants").get("inspanningsgericht").get("declaredCents").asLong()).isEqualTo(125000);
        assertThat(RunReportWriter.readJson(file)).isEqualTo(report);
    }

    @Test
    void readsAReportWithSectionsItDoesNotKnow() throws IOException {
        // given
        Path file = reports.resolve("run-3.json");
        Files.writeString(file, """
                { "run": 3, "status": "FAILED", "started": "2026-03-02T01:00:00Z", "finished": null,
                  "counts": { "ACCEPTED": 0 }, "messages": [], "somethingNew": [ { "file": "x.xml" } ] }
                """);
        // when
        RunReport read = RunReportWriter.readJson(file);
        // then
        assertThat(read.status()).isEqualTo("FAILED");
        assertThat(read.finished()).isNull();
        assertThat(read.counts()).hasSize(Outcome.values().length);
    }

    @Test
    void saysWhichFileIsNotARunReport() throws IOException {
        // given
        Path file = reports.resolve("run-4.json");
        Files.writeString(file, "{ not json");
        // when / then
        assertThatThrownBy(() -> RunReportWriter.readJson(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("run-4.json is not a run report");
    }

    @Test
    void escapesEveryValueInTheHtml() throws IOException {
        // given
        RunReport report = run(rejected("<img src=x>.xml", "JW305",
                error("TR019", "9019", "Toewijzing <script>alert('x')</script> & \"meer\" onbekend")));
        // when
        String html = Files.readString(writer.writeHtml(report, reports), StandardCharsets.UTF_8);
        // then
        assertThat(html).doesNotContain("<script", "<img")
                .contains("Toewijzing &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;meer&quot; onbekend")
                .contains("&lt;img src=x&gt;.xml");
    }

    @Test
    void isSelfContained() {
        // given
        RunReport report = run(accepted("a.xml", "JW305"), rejected("c.xml", "JW305", error("TR019", "9019", "…")));
        // when
        String html = writer.renderHtml(report);
        // then
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<meta charset=\"utf-8\">")
                .doesNotContain("<script", "<link", "src=", "http://", "https://", "url(", "@import");
    }

    @Test
    void showsTheRunItsTimesAndDuration() {
        // given
        RunReport report = run(accepted("a.xml", "JW305"));
        // when
        String html = writer.renderHtml(report);
        // then
        assertThat(html).contains("<title>berichtenbatch Run 17 – COMPLETED</title>", "<h1>Run 17 ",
                "<dt>Begin</dt><dd>2026-03-02 02:00:00 +01:00</dd>",
                "<dt>Einde</dt><dd>2026-03-02 02:02:05 +01:00</dd>",
                "<dt>Duur</dt><dd>2 min 05 s</dd>");
    }

    @Test
    void tabulatesMessageTypesAgainstOutcomes() {
        // given
        RunReport report = run(accepted("a.xml", "JW305"), accepted("b.xml", "JW305"),
                rejected("c.xml", "JW305", error("TR019", "9019", "…")), accepted("d.xml", "WMO301"),
                invalid("e.xml", xsd("kapot", 1)));
        // when
        String html = writer.renderHtml(report);
        // then
        assertThat(html).contains("<th>Bericht</th><th class=\"n\">ACCEPTED</th><th class=\"n\">REJECTED</th>"
                + "<th class=\"n\">INVALID</th><th class=\"n\">DUPLICATE</th><th class=\"n\">MISROUTED</th>"
                + "<th class=\"n\">PARTIAL</th><th class=\"n\">SENT</th><th class=\"n\">HELD</th>"
                + "<th class=\"n\">RECORDED</th><th class=\"n\">Totaal</th>");
        assertThat(row(html, "JW305")).containsExactly("2", "1", "0", "0", "0", "0", "0", "0", "0", "3");
        assertThat(row(html, "WMO301")).containsExactly("1", "0", "0", "0", "0", "0", "0", "0", "0", "1");
        assertThat(row(html, "onbekend")).containsExactly("0", "0", "1", "0", "0", "0", "0", "0", "0", "1");
        assertThat(row(html, "Totaal")).containsExactly("3", "1", "1", "0", "0", "0", "0", "0", "0", "5");
        assertThat(html.indexOf("<td>JW305</td>")).isLessThan(html.indexOf("<td>WMO301</td>"));
        assertThat(html.indexOf("<td>WMO301</td>")).isLessThan(html.indexOf("<td>onbekend</td>"));
    }

    @Test
    void listsRetourCodesWithTheirMeaningMostFrequentFirst() {
        // given
        RunReport report = run(
                rejected("a.xml", "JW323", error("TR314", "8021", "…"), error("TR338", "9338", "…")),
                rejected("b.xml", "JW323", error("TR338", "9338", "…"), error("TR338", "9338", "…")),
                rejected("c.xml", "JW305", error("XX001", "X123", "…")));
        // when
        String html = writer.renderHtml(report);
        // then
        assertThat(html).contains("<tr><td><code>9338</code></td><td>" + RetourCode.C9338.meaning()
                + "</td><td>TR338</td><td class=\"n\">3</td><td class=\"n\">2</td></tr>");
        assertThat(html).contains("<td><code>8021</code></td><td>" + RetourCode.C8021.meaning() + "</td>");
        assertThat(html).contains("<td><code>X123</code></td><td>(onbekende code)</td>");
        int codes = html.indexOf("<table class=\"codes\">");
        assertThat(html.indexOf("<code>9338</code>", codes)).isLessThan(html.indexOf("<code>8021</code>", codes));
        assertThat(html.indexOf("<code>8021</code>", codes)).isLessThan(html.indexOf("<code>X123</code>", codes));
    }

    @Test
    void listsEveryRejectedInvalidAndHeldFileWithItsReasons() {
        // given
        RunReport report = run(accepted("ok.xml", "JW305"),
                rejected("rej.xml", "JW305", error("TR019", "9019", "Geen toewijzing 123")),
                invalid("inv.xml", xsd("Element 'Bsn' is ongeldig", 12)),
                held("held.xml", "JW301", error("TR061", "0001", "Geen contact")));
        // when
        String html = writer.renderHtml(report);
        // then
        String files = html.substring(html.indexOf("<h2>Afgekeurde, deels afgekeurde en tegengehouden bestanden</h2>"),
                html.indexOf("<h2>Uitvoeringsvarianten</h2>"));
        assertThat(files).doesNotContain("ok.xml").contains("<code>rej.xml</code>", "<code>inv.xml</code>",
                "<code>held.xml</code>");
        assertThat(files).contains("<tr><td>TR019</td><td>error</td><td><code title=\"" + RetourCode.C9019.meaning()
                + "\">9019</code></td><td><code>/Bericht/Client/StartProducten/StartProduct[1]"
                + "</code></td><td class=\"n\"></td><td>Geen toewijzing 123</td></tr>");
        assertThat(files).contains("<tr><td>XSD</td><td>error</td><td></td><td><code></code></td>"
                + "<td class=\"n\">12</td><td>Element &#39;Bsn&#39; is ongeldig</td></tr>");
        assertThat(files).contains("Geen contact", "JW301 · 0363 → 12345678 · identificatie ID-held.xml · niveau 2 · "
                + "outgoing");
    }

    @Test
    void listsAPartlyApprovedDeclarationWithItsRejectedPrestaties() {
        // given a declaration of which some prestaties were approved and one rejected
        RunReport report = run(accepted("ok.xml", "JW305"),
                partial("deels.xml", error("TR338", "9338", "Geen toewijzing 123 voor deze prestatie")));
        // when
        String html = writer.renderHtml(report);
        // then it is listed with its reason, as a rejected file is
        String files = html.substring(html.indexOf("<h2>Afgekeurde, deels afgekeurde en tegengehouden bestanden</h2>"),
                html.indexOf("<h2>Uitvoeringsvarianten</h2>"));
        assertThat(files).doesNotContain("ok.xml").doesNotContain("<p>Geen.</p>")
                .contains("<h3><span class=\"badge PARTIAL\">PARTIAL</span> <code>deels.xml</code></h3>")
                .contains("<tr><td>TR338</td><td>error</td><td><code title=\"" + RetourCode.C9338.meaning()
                        + "\">9338</code></td>", "Geen toewijzing 123 voor deze prestatie");
    }

    @Test
    void listsTheFirstHundredFindingsOfAFileAndCountsTheRestPerRule() {
        // given a declaration with a finding for each of its 250 clients (two rules), and a file with one finding
        FindingReport[] many = new FindingReport[250];
        for (int i = 0; i < many.length; i++) {
            many[i] = i < 240 ? error("TR338", "9338", "Geen toewijzing " + i) : error("TR101", "8101", "Herhaald " + i);
        }
        RunReport report = run(rejected("groot.xml", "JW323", many),
                rejected("klein.xml", "JW305", error("TR019", "9019", "Geen toewijzing 123")));
        // when
        String html = writer.renderHtml(report);
        // then the first 100 are listed, the other 150 counted, and the next file is listed whole
        String large = html.substring(html.indexOf("<code>groot.xml</code>"), html.indexOf("<code>klein.xml</code>"));
        assertThat(large.split("<tr><td>TR338</td>", -1)).hasSize(RunReportHtml.FINDINGS_SHOWN_PER_FILE + 1);
        assertThat(large).contains("Geen toewijzing 99<").doesNotContain("Geen toewijzing 100<")
                .doesNotContain("<tr><td>TR101</td>")
                .contains("<p class=\"meta\">En nog 150 meldingen, alle in het JSON-rapport: TR338 &times; 140, "
                        + "TR101 &times; 10.</p>");
        assertThat(html.substring(html.indexOf("<code>klein.xml</code>"))).contains("Geen toewijzing 123")
                .doesNotContain("En nog");
    }

    @Test
    void saysWhenNoContractsAreConfigured() {
        // given
        RunReport report = run(accepted("a.xml", "JW305"));
        // when
        String html = writer.renderHtml(report);
        // then
        assertThat(html).contains("<h2>Uitvoeringsvarianten</h2>\n<p>Geen contracten geconfigureerd");
    }

    @Test
    void showsTheVariantsWhenContractsAreConfigured() {
        // given
        RunReport report = run(accepted("a.xml", "JW323")).withVariants(
                Map.of("inspanningsgericht", new VariantTotals(4, 3, 1, 2, 5, 125000, 100000, Map.of("9321", 1))),
                List.of(new Mismatch("a.xml", "outputgericht", "BB012", "Eenheid <uur> past niet")));
        // when
        String html = writer.renderHtml(report);
        // then
        assertThat(html).doesNotContain("Geen contracten geconfigureerd")
                .contains("<td>inspanningsgericht</td>", "€ 1250,00", "€ 1000,00", "9321 × 1",
                        "Eenheid &lt;uur&gt; past niet");
    }

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
        // given
        RunReport report = run(accepted("a.xml", "JW305"));
        Path folder = reports.resolve("nested").resolve("reports");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("run-17.html"), "old");
        // when
        Path json = writer.writeJson(report, folder);
        Path html = writer.writeHtml(report, folder);
        writer.writeHtml(report, folder);
        // then
        assertThat(html).isEqualTo(folder.resolve("run-17.html"));
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("run-17.json",
                    "run-17.html");
        }
        assertThat(json).exists();
    }

    @Test
    void leavesNoTemporaryFileWhenTheRenameFails() throws IOException {
        // given: a folder in the way of the report
        Files.createDirectories(reports.resolve("run-17.html").resolve("in-the-way"));
        // when / then
        assertThatThrownBy(() -> writer.writeHtml(run(), reports)).isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("run-17.html");
        }
    }

    @Test
    void createsTheReportsFolder() {
        // given
        Path folder = reports.resolve("data").resolve("reports");
        // when
        Path json = writer.writeJson(run(), folder);
        // then
        assertThat(json).exists().hasParent(folder);
    }

    @Test
    void formatsDurationsForPeople() {
        assertThat(RunReportHtml.duration(Duration.ofMillis(4_250))).isEqualTo("4,2 s");
        assertThat(RunReportHtml.duration(Duration.ofSeconds(125))).isEqualTo("2 min 05 s");
        assertThat(RunReportHtml.duration(Duration.ofSeconds(3_725))).isEqualTo("1 u 02 min 05 s");
        assertThat(RunReportHtml.duration(Duration.ofSeconds(-1))).isEqualTo("–");
    }

    /** The numbers in the per-type table row that starts with {@code label}. */
    private static List<String> row(String html, String label) {
        int table = html.indexOf("<table class=\"types\">");
        int start = html.indexOf("<td>" + label + "</td>", table);
        assertThat(start).as("row " + label).isGreaterThan(table);
        String row = html.substring(start, html.indexOf("</tr>", start));
        return Stream.of(row.split("</td>")).skip(1).map(cell -> cell.replaceAll("<[^>]*>", "")).toList();
    }
}
