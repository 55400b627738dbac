package nl.berichtenbatch.report;

import static nl.berichtenbatch.report.RunReports.accepted;
import static nl.berichtenbatch.report.RunReports.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.report.RunReport.Mismatch;
import nl.berichtenbatch.report.RunReport.VariantTotals;
import nl.berichtenbatch.report.VariantFacts.MessageMismatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Summing the variant facts of messages into the picture of a run or a period, and how the reports show it. */
class VariantPictureTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void sumsTheFactsPerVariantAndPerAanbiederWithTheThreeVariantsFirstAndUnknownLast() {
        // given
        MessageReport a = message("a.xml", "11111111", Map.of(
                VariantFacts.UNKNOWN, totals(1, 0, 0, 0, 0, 0, 0, Map.of()),
                "outputgericht", totals(0, 0, 0, 1, 2, 30000, 10000, Map.of("9321", 1))));
        MessageReport b = message("b.xml", "00000002", Map.of(
                "outputgericht", totals(0, 0, 0, 1, 1, -5000, -5000, Map.of("9321", 2, "0001", 1)),
                "inspanningsgericht", totals(0, 2, 1, 0, 0, 0, 0, Map.of())));
        MessageReport withoutFacts = accepted("c.xml", "JW305");
        // when
        VariantPicture picture = new VariantPicture().addAll(List.of(a, b, withoutFacts));
        // then
        assertThat(picture.messages()).isEqualTo(2);
        assertThat(picture.variants()).containsExactly(
                Map.entry("inspanningsgericht", totals(0, 2, 1, 0, 0, 0, 0, Map.of())),
                Map.entry("outputgericht", totals(0, 0, 0, 2, 3, 25000, 5000, Map.of("0001", 1, "9321", 3))),
                Map.entry("taakgericht", VariantTotals.NONE),
                Map.entry(VariantFacts.UNKNOWN, totals(1, 0, 0, 0, 0, 0, 0, Map.of())));
        assertThat(picture.providers().keySet()).containsExactly("00000002", "11111111");
        assertThat(picture.providers().get("11111111").keySet()).containsExactly("outputgericht", VariantFacts.UNKNOWN);
        assertThat(picture.mismatches()).containsExactly(new Mismatch("a.xml", "outputgericht", "BB101", "a"),
                new Mismatch("b.xml", "outputgericht", "BB101", "b"));
    }

    @Test
    void keepsTheFactsOfAMessageThroughItsStoredJsonAndReadsAnEntryWithoutThem() {
        // given
        MessageReport a = message("a.xml", "11111111", Map.of("outputgericht", totals(0, 0, 0, 1, 1, 1, 1, Map.of())));
        // when
        MessageReport read = ReportJson.read(ReportJson.line(a), MessageReport.class);
        MessageReport old = ReportJson.read(ReportJson.line(accepted("b.xml", "JW305")), MessageReport.class);
        // then
        assertThat(read).isEqualTo(a);
        assertThat(old.variantFacts()).isNull();
        assertThat(ReportJson.line(old)).doesNotContain("variantFacts");
    }

    @Test
    void writesVariantsMismatchesAndProvidersInTheRunReportJson() throws IOException {
        // given
        MessageReport a = message("a.xml", "11111111", Map.of("outputgericht", totals(0, 0, 0, 1, 2, 30000, 10000,
                Map.of("9321", 1))));
        RunReport report = new VariantPicture().addAll(List.of(a)).applyTo(run(a));
        // when
        Path file = new RunReportWriter(ZoneId.of("Europe/Amsterdam")).writeJson(report, dir);
        // then
        JsonNode root = JSON.readTree(Files.readString(file));
        assertThat(root.propertyNames()).containsExactly("run", "status", "started", "finished", "counts", "messages",
                "variants", "mismatches", "providers");
        assertThat(root.get("variants").get("outputgericht").propertyNames()).containsExactly("allocations", "starts",
                "stops", "declarations", "prestaties", "declaredCents", "approvedCents", "rejections");
        assertThat(root.get("variants").get("outputgericht").get("approvedCents").asLong()).isEqualTo(10000);
        assertThat(root.get("providers").get("11111111").get("outputgericht").get("rejections").get("9321").asInt())
                .isEqualTo(1);
        assertThat(root.get("mismatches").get(0).propertyNames()).containsExactly("file", "variant", "rule", "text");
        assertThat(RunReportWriter.readJson(file)).isEqualTo(report);
    }

    @Test
    void saysInTheJsonAndTheHtmlThatNoContractsAreConfigured() throws IOException {
        // given
        RunReport report = run(accepted("a.xml", "JW305")).withoutContracts();
        RunReportWriter writer = new RunReportWriter(ZoneId.of("Europe/Amsterdam"));
        // when
        JsonNode root = JSON.readTree(Files.readString(writer.writeJson(report, dir)));
        String html = writer.renderHtml(report);
        // then
        assertThat(root.get("contracts").asString()).startsWith("not configured: rules that need contracts (TR341");
        assertThat(root.has("variants")).isFalse();
        assertThat(html).contains("<p>Geen contracten geconfigureerd: de controles die contracten");
    }

    @Test
    void showsTheVariantAndAanbiederTablesAndTheMismatchesInTheHtml() {
        // given
        MessageReport a = message("a.xml", "11111111", Map.of("outputgericht", totals(0, 0, 0, 1, 2, 30000, 10000,
                Map.of("9321", 1))));
        RunReport report = new VariantPicture().addAll(List.of(a)).applyTo(run(a));
        // when
        String html = new RunReportWriter(ZoneId.of("Europe/Amsterdam")).renderHtml(report);
        // then
        assertThat(html).contains("<table class=\"variants\">", "<td>taakgericht</td>", "<h3>Per aanbieder</h3>",
                "<table class=\"providers\">", "<tr><td>11111111</td><td>outputgericht</td>", "€ 300,00", "€ 100,00",
                "9321 × 1", "<table class=\"mismatches\">", "<td>BB101</td><td>a</td>");
    }

    @Test
    void writesThePeriodAsCsvAndHtml() throws IOException {
        // given
        MessageReport a = message("a.xml", "11111111", Map.of("outputgericht", totals(0, 0, 0, 1, 2, 30000, 10000,
                Map.of("9321", 1, "0001", 2))));
        VariantPeriod period = new VariantPeriod(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), 1, 2,
                new VariantPicture().add(a));
        // when
        Path csv = period.writeCsv(dir.resolve("out").resolve("p.csv"));
        Path html = period.writeHtml(dir.resolve("p.html"));
        // then
        assertThat(Files.readAllLines(csv)).containsExactly(VariantPeriod.CSV_HEADER,
                ",inspanningsgericht,0,0,0,0,0,0,0,",
                ",outputgericht,0,0,0,1,2,30000,10000,0001:2 9321:1",
                ",taakgericht,0,0,0,0,0,0,0,",
                "11111111,outputgericht,0,0,0,1,2,30000,10000,0001:2 9321:1");
        assertThat(Files.readString(html)).contains("<h1>Uitvoeringsvarianten 2026-03-01 t/m 2026-03-31</h1>",
                "<table class=\"variants\">", "<table class=\"providers\">", "<table class=\"mismatches\">",
                "1 berichten zonder variantgegevens");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", "p.html");
        }
    }

    private static MessageReport message(String file, String aanbieder, Map<String, VariantTotals> variants) {
        return accepted(file, "JW323").withVariantFacts(new VariantFacts(aanbieder, new java.util.TreeMap<>(variants),
                List.of(new MessageMismatch("outputgericht", "BB101", file.substring(0, 1)))));
    }

    private static VariantTotals totals(int allocations, int starts, int stops, int declarations, int prestaties,
            long declared, long approved, Map<String, Integer> rejections) {
        return new VariantTotals(allocations, starts, stops, declarations, prestaties, declared, approved, rejections);
    }
}
