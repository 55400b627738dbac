package nl.berichtenbatch.job;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.message.TestBerichten;
import tools.jackson.databind.JsonNode;

/**
 * The steering picture (issue #6 point 3) through {@code process} with a contracts file, as the gemeente of iJw 0384
 * with aanbieder 42420001: 45A04 is inspanningsgericht per hour (6500), 45A05 outputgericht in euros, category 46
 * taakgericht; 45A03 has no contract. The contracts and one test variant check (BB999) come from
 * {@link TestContractsConfiguration}.
 */
class SteeringFunctionalTests {

    private static final String CONTRACTS = """
            gemeente,aanbieder,productcategorie,productcode,variant,eenheid,tarief,ingangsdatum,einddatum
            0384,42420001,45,45A04,inspanningsgericht,04,6500,2025-01-01,
            0384,42420001,45,45A05,outputgericht,83,,2025-01-01,
            0384,42420001,46,,taakgericht,83,,2025-01-01,
            """;
    private static final String A = "999900055";
    private static final String B = "999900067";
    private static final String C = "999900043";
    private static final String D = "999900006";

    @TempDir
    Path dir;

    @Test
    void reportsTheTotalsPerVariantAndPerAanbiederAndTheMismatches() throws IOException {
        // given
        TestWorkspace workspace = workspace();
        TestBerichten m = TestBerichten.ijw();
        dropFirstRun(workspace, m);
        // when
        TestWorkspace.Run run = workspace.process();
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = workspace.report(1);
        assertThat(outcomes(report)).containsExactly("301-1=SENT", "301-2=SENT", "301-8=SENT", "301-9=SENT",
                "start-1=ACCEPTED", "d8-aug=ACCEPTED", "d1-oct=ACCEPTED", "d2-oct=REJECTED", "d-nov=PARTIAL");
        assertThat(report.has("contracts")).isFalse();
        JsonNode variants = report.get("variants");
        assertThat(variants.propertyNames()).containsExactly("inspanningsgericht", "outputgericht", "taakgericht",
                "onbekend");
        assertThat(variants.get("inspanningsgericht").toString()).isEqualTo(
                "{\"allocations\":2,\"starts\":1,\"stops\":0,\"declarations\":3,\"prestaties\":3,"
                        + "\"declaredCents\":260000,\"approvedCents\":175500,\"rejections\":{\"9321\":1}}");
        assertThat(variants.get("outputgericht").toString()).isEqualTo(
                "{\"allocations\":1,\"starts\":0,\"stops\":0,\"declarations\":1,\"prestaties\":1,"
                        + "\"declaredCents\":180000,\"approvedCents\":180000,\"rejections\":{}}");
        assertThat(variants.get("taakgericht").toString()).isEqualTo(
                "{\"allocations\":0,\"starts\":0,\"stops\":0,\"declarations\":0,\"prestaties\":0,"
                        + "\"declaredCents\":0,\"approvedCents\":0,\"rejections\":{}}");
        assertThat(variants.get("onbekend").toString()).isEqualTo(
                "{\"allocations\":1,\"starts\":0,\"stops\":0,\"declarations\":1,\"prestaties\":1,"
                        + "\"declaredCents\":25000,\"approvedCents\":0,\"rejections\":{\"9321\":1}}");
        JsonNode provider = report.get("providers").get("42420001");
        assertThat(report.get("providers").propertyNames()).containsExactly("42420001");
        assertThat(provider.propertyNames()).containsExactly("inspanningsgericht", "outputgericht", "onbekend");
        assertThat(provider.get("inspanningsgericht")).isEqualTo(variants.get("inspanningsgericht"));
        List<String> mismatches = new ArrayList<>();
        report.get("mismatches").forEach(mm -> {
            if (mm.get("rule").asString().equals("BB999")) { // the product's own variant checks may add their own
                mismatches.add(mm.toString());
            }
        });
        assertThat(mismatches).containsExactly("{\"file\":\"d1-oct.xml\",\"variant\":\"inspanningsgericht\","
                + "\"rule\":\"BB999\",\"text\":\"Prestatie RN01X does not fit its variant.\"}");
        String html = workspace.read("reports/run-1.html");
        assertThat(html).contains("<table class=\"variants\">", "<table class=\"providers\">",
                "<table class=\"mismatches\">", "<td>d1-oct.xml</td>".replace("<td>", "<td><code>")
                        .replace("</td>", "</code></td>"));
    }

    @Test
    void saysThatNoContractsAreConfigured() {
        // given
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0384");
        TestBerichten m = TestBerichten.ijw();
        workspace.outgoing("301-1.xml", m.toewijzing("2025-10-01", A,
                toegewezen(1).product("45", "45A04").periode("2025-10-07", "2025-12-30").omvang(3, "04", "2")));
        // when
        TestWorkspace.Run run = workspace.process();
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = workspace.report(1);
        assertThat(report.get("contracts").asString()).startsWith("not configured: rules that need contracts");
        assertThat(report.has("variants")).isFalse();
        assertThat(report.get("messages").get(0).has("variantFacts")).isFalse();
        assertThat(workspace.read("reports/run-1.html")).contains("Geen contracten geconfigureerd");
    }

    @Test
    void reportVariantsSumsTheRunsOfThePeriodOnly() throws Exception {
        // given: run 1 (dated 2026-01-15) with the messages above, run 2 (today) with one more allocation
        TestWorkspace workspace = workspace();
        TestBerichten m = TestBerichten.ijw();
        dropFirstRun(workspace, m);
        assertThat(workspace.process().exitCode()).isZero();
        redate(workspace, 1, LocalDate.parse("2026-01-15"));
        workspace.outgoing("301-20.xml", m.toewijzing("2025-12-01", "999900079",
                toegewezen(20).product("45", "45A05").periode("2025-12-01", "2025-12-31").omvang(50000, "83", "4")));
        assertThat(workspace.process().exitCode()).isZero();
        LocalDate today = LocalDate.now(RunLauncher.NETHERLANDS);
        Path csv = dir.resolve("out").resolve("today.csv");
        Path html = dir.resolve("out").resolve("today.html");
        // when
        TestWorkspace.Run january = workspace.run("report", "variants", "--from", "2026-01-01", "--to", "2026-01-31");
        TestWorkspace.Run files = workspace.run("report", "variants", "--from", today.toString(), "--to",
                today.toString(), "--csv", csv.toString(), "--html", html.toString());
        TestWorkspace.Run backwards = workspace.run("report", "variants", "--from", "2026-02-01", "--to",
                "2026-01-31");
        // then
        assertThat(january.exitCode()).as(january.err()).isZero();
        assertThat(january.out().lines().toList()).containsExactly(
                "aanbieder,variant,allocations,starts,stops,declarations,prestaties,declaredCents,approvedCents,"
                        + "rejections",
                ",inspanningsgericht,2,1,0,3,3,260000,175500,9321:1",
                ",outputgericht,1,0,0,1,1,180000,180000,",
                ",taakgericht,0,0,0,0,0,0,0,",
                ",onbekend,1,0,0,1,1,25000,0,9321:1",
                "42420001,inspanningsgericht,2,1,0,3,3,260000,175500,9321:1",
                "42420001,outputgericht,1,0,0,1,1,180000,180000,",
                "42420001,onbekend,1,0,0,1,1,25000,0,9321:1");
        assertThat(files.exitCode()).as(files.err()).isZero();
        assertThat(Files.readAllLines(csv)).containsExactly(
                "aanbieder,variant,allocations,starts,stops,declarations,prestaties,declaredCents,approvedCents,"
                        + "rejections",
                ",inspanningsgericht,0,0,0,0,0,0,0,",
                ",outputgericht,1,0,0,0,0,0,0,",
                ",taakgericht,0,0,0,0,0,0,0,",
                "42420001,outputgericht,1,0,0,0,0,0,0,");
        assertThat(Files.readString(html)).contains("<table class=\"variants\">", "<table class=\"providers\">",
                "<dt>Runs</dt><dd>1</dd>");
        assertThat(files.out()).contains("CSV: " + csv, "HTML: " + html);
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err().strip()).isEqualTo("berichtenbatch: --from 2026-02-01 is after --to 2026-01-31");
    }

    /**
     * A workspace with the contracts file and the test variant check. The file is where the product looks by default
     * ({@code <data-dir>/contracts.csv}), so that the test means the same once the product reads it itself.
     */
    private TestWorkspace workspace() throws IOException {
        Path contracts = dir.resolve("data").resolve("contracts.csv");
        Files.createDirectories(contracts.getParent());
        Files.writeString(contracts, CONTRACTS);
        return new TestWorkspace(dir, "gemeente", "0384", """
                berichtenbatch-test:
                  contracts: %s
                  variant-rule: true
                """.formatted(contracts));
    }

    /**
     * Four sent allocations (two inspanningsgericht, one outputgericht, one 45A03 without contract), a start, and
     * four declarations: euros in August, 12 hours in October (flagged by BB999), 13 hours in October (over the
     * weekly maximum, 9321), and November with 15 hours inspanningsgericht approved and 20 hours 45A03 rejected
     * (9321).
     */
    private static void dropFirstRun(TestWorkspace workspace, TestBerichten m) {
        workspace.outgoing("301-1.xml", m.toewijzing("2025-10-01", A,
                toegewezen(1).product("45", "45A04").periode("2025-10-07", "2025-12-30").omvang(3, "04", "2")));
        workspace.outgoing("301-2.xml", m.toewijzing("2025-10-01", B,
                toegewezen(2).product("45", "45A04").periode("2025-10-07", "2025-12-30").omvang(3, "04", "2")));
        workspace.outgoing("301-8.xml", m.toewijzing("2025-07-01", C,
                toegewezen(8).product("45", "45A05").periode("2025-07-07", "2025-09-06").omvang(30000, "83", "2")));
        workspace.outgoing("301-9.xml", m.toewijzing("2025-10-01", D,
                toegewezen(9).product("45", "45A03").periode("2025-10-07", "2025-12-30").omvang(3, "04", "2")));
        workspace.inbox("start-1.xml", m.start("2025-10-08", A,
                levering(1L).product("45", "45A04").begin("2025-10-07")));
        workspace.inbox("d8-aug.xml", m.declaratie("2025-09-04", "DN8AUG", "2025-08", client(C,
                prestatie("RN08", 8).product("45", "45A05").periode("2025-08-01", "2025-08-31").euros(180000))));
        workspace.inbox("d1-oct.xml", m.declaratie("2025-11-04", "DN1OCT", "2025-10", client(A,
                prestatie("RN01X", 1).product("45", "45A04").periode("2025-10-07", "2025-10-31")
                        .geleverd(12, "04", 6500L))));
        workspace.inbox("d2-oct.xml", m.declaratie("2025-11-04", "DN2OCT", "2025-10", client(B,
                prestatie("RN02", 2).product("45", "45A04").periode("2025-10-07", "2025-10-31")
                        .geleverd(13, "04", 6500L))));
        workspace.inbox("d-nov.xml", m.declaratie("2025-12-04", "DNNOV", "2025-11",
                client(A, prestatie("RN03", 1).product("45", "45A04").periode("2025-11-01", "2025-11-30")
                        .geleverd(15, "04", 6500L)),
                client(D, prestatie("RN09", 9).product("45", "45A03").periode("2025-11-01", "2025-11-30")
                        .geleverd(20, "04", 1250L))));
    }

    private static List<String> outcomes(JsonNode report) {
        List<String> outcomes = new ArrayList<>();
        report.get("messages").forEach(message -> outcomes.add(message.get("file").asString().replace(".xml", "")
                + "=" + message.get("outcome").asString()));
        return outcomes;
    }

    /** Moves a run to another day, as if it had run then (the clock of a run is the system's). */
    private static void redate(TestWorkspace workspace, long run, LocalDate date) throws SQLException {
        String url = "jdbc:h2:file:" + workspace.data().toAbsolutePath().normalize().resolve("db")
                .resolve("berichtenbatch");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                var update = connection.prepareStatement("update run set run_date = ? where id = ?")) {
            update.setObject(1, date);
            update.setLong(2, run);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
