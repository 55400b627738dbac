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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.berichtenbatch.message.TestBerichten;
import tools.jackson.databind.JsonNode;

/**
 * The steering picture (issue #6 point 3) through {@code process} with the product's own contracts file
 * ({@code <data-dir>/contracts.csv}) and variant rules (BB101-BB107), as the gemeente of iJw 0384 with aanbieder
 * 42420001: 45A04 is inspanningsgericht per hour (6500, line 2), 45A05 outputgericht in euros (line 3), category 46
 * taakgericht (line 4); 45A03 has no contract.
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
    private static final String E = "999900018";

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
                "301-6=SENT", "start-1=ACCEPTED", "start-8=ACCEPTED", "d8-aug=PARTIAL", "d1-oct=ACCEPTED",
                "d2-oct=REJECTED", "d-nov=PARTIAL");
        assertThat(report.has("contracts")).isFalse();
        JsonNode variants = report.get("variants");
        assertThat(variants.propertyNames()).containsExactly("inspanningsgericht", "outputgericht", "taakgericht",
                "onbekend");
        // allocations 1 and 2, the start of 1; d1-oct 78000 approved, d2-oct 84500 rejected (9321: 13 h > 4 weeks
        // x 3 h), d-nov RN03 97500 approved (15 h = weeks 44-48 x 3; 12 + 15 <= 39 in total)
        assertThat(variants.get("inspanningsgericht").toString()).isEqualTo(
                "{\"allocations\":2,\"starts\":1,\"stops\":0,\"declarations\":3,\"prestaties\":3,"
                        + "\"declaredCents\":260000,\"approvedCents\":175500,\"rejections\":{\"9321\":1}}");
        // allocation 8 and its start; d8-aug: RN08 180000 approved (V-08), RN07H 10 h x 6500 = 65000 in hours on a
        // euro allocation (9341)
        assertThat(variants.get("outputgericht").toString()).isEqualTo(
                "{\"allocations\":1,\"starts\":1,\"stops\":0,\"declarations\":1,\"prestaties\":2,"
                        + "\"declaredCents\":245000,\"approvedCents\":180000,\"rejections\":{\"9341\":1}}");
        // allocation 6 (46A01) and its November euros within 50000 per month: approved, although a task is not
        // declared per client (BB104 only warns)
        assertThat(variants.get("taakgericht").toString()).isEqualTo(
                "{\"allocations\":1,\"starts\":0,\"stops\":0,\"declarations\":1,\"prestaties\":1,"
                        + "\"declaredCents\":50000,\"approvedCents\":50000,\"rejections\":{}}");
        // 45A03: allocation 9 and RN09, 20 h x 1250 = 25000 over the 15 h of November (9321)
        assertThat(variants.get("onbekend").toString()).isEqualTo(
                "{\"allocations\":1,\"starts\":0,\"stops\":0,\"declarations\":1,\"prestaties\":1,"
                        + "\"declaredCents\":25000,\"approvedCents\":0,\"rejections\":{\"9321\":1}}");
        JsonNode provider = report.get("providers").get("42420001");
        assertThat(report.get("providers").propertyNames()).containsExactly("42420001");
        assertThat(provider.propertyNames()).containsExactly("inspanningsgericht", "outputgericht", "taakgericht",
                "onbekend");
        provider.propertyNames().forEach(variant -> assertThat(provider.get(variant)).isEqualTo(variants.get(variant)));
        List<String> mismatches = new ArrayList<>();
        report.get("mismatches").forEach(mm -> mismatches.add(mm.toString()));
        assertThat(mismatches).containsExactly(
                mismatch("301-9", "onbekend", "BB103", "The ToegewezenProduct is for 45/45A03, which gemeente 0384 and "
                        + "aanbieder 42420001 have not contracted on 2025-10-07."),
                mismatch("301-6", "taakgericht", "BB101", "The ToegewezenProduct for 46/46A01 does not fit the "
                        + "taakgericht contract (line 4): under taakgericht the gemeente allocates no products to "
                        + "clients (variants.md §1), so no ToegewezenProduct is expected."),
                mismatch("d8-aug", "outputgericht", "BB105", "Prestatie RN07H is declared in Eenheid 04 (uur), a unit "
                        + "of the inspanningsgericht variant, but the contract (line 3) makes 45/45A05 outputgericht."),
                // allocation 2 was never started; allocation 1 was (start-1), so d1-oct and RN03 have no BB106
                mismatch("d2-oct", "inspanningsgericht", "BB106", "Prestatie RN02 declares allocation 2, but no start "
                        + "(305) of it was received; under the inspanningsgericht contract start and stop are "
                        + "mandatory (OP295)."),
                mismatch("d-nov", "onbekend", "BB103", "The Prestatie is for 45/45A03, which gemeente 0384 and "
                        + "aanbieder 42420001 have not contracted on 2025-11-01."),
                mismatch("d-nov", "taakgericht", "BB104", "Prestatie RN06 declares 46/46A01 per client, but the "
                        + "contract (line 4) makes it taakgericht: a task is not declared per client."));
        String html = workspace.read("reports/run-1.html");
        assertThat(html).contains("<table class=\"variants\">", "<table class=\"providers\">",
                "<table class=\"mismatches\">", "<td><code>d2-oct.xml</code></td>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gemeente", "aanbieder"})
    void countsAnAllocationOnceWhenA301RepeatsIt(String role) throws IOException {
        // given: three 301s for one client (sent by the gemeente, received by the aanbieder); OP087: each lists all
        // of the client's actual allocations, so the second repeats 1 and adds 3, the third changes 1 and repeats 3
        TestWorkspace workspace = workspace(role, role.equals("gemeente") ? "0384" : "42420001");
        TestBerichten m = TestBerichten.ijw();
        TestBerichten.Toegewezen first = toegewezen(1).product("45", "45A04").toegewezenOp("2025-10-01", "12:00:00")
                .periode("2025-10-07", "2025-12-30").omvang(3, "04", "2");
        TestBerichten.Toegewezen third = toegewezen(3).product("45", "45A05").toegewezenOp("2025-10-15", "12:00:00")
                .periode("2025-10-15", "2025-12-31").omvang(20000, "83", "4");
        TestBerichten.Toegewezen extended = toegewezen(1).product("45", "45A04").toegewezenOp("2025-11-01",
                "09:00:00").periode("2025-10-07", "2026-03-29").omvang(3, "04", "2").reden("04");
        drop(workspace, role, "301-a", m.toewijzing("2025-10-01", A, first));
        drop(workspace, role, "301-b", m.toewijzing("2025-10-15", A, first, third));
        drop(workspace, role, "301-c", m.toewijzing("2025-11-01", A, extended, third));
        // when
        TestWorkspace.Run run = workspace.process();
        // then: 1 and its changed version under inspanningsgericht, 3 once under outputgericht (lines: 2 + 3)
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = workspace.report(1);
        String judged = role.equals("gemeente") ? "SENT" : "ACCEPTED";
        assertThat(outcomes(report)).containsExactly("301-a=" + judged, "301-b=" + judged, "301-c=" + judged);
        assertThat(report.get("variants").get("inspanningsgericht").get("allocations").asInt()).isEqualTo(2);
        assertThat(report.get("variants").get("outputgericht").get("allocations").asInt()).isEqualTo(1);
        assertThat(report.get("mismatches")).isEmpty();
        assertThat(allocations(report.get("messages").get(1))).isEqualTo("inspanningsgericht=0 outputgericht=1");
        assertThat(allocations(report.get("messages").get(2))).isEqualTo("inspanningsgericht=1 outputgericht=0");
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
                ",outputgericht,1,1,0,1,2,245000,180000,9341:1",
                ",taakgericht,1,0,0,1,1,50000,50000,",
                ",onbekend,1,0,0,1,1,25000,0,9321:1",
                "42420001,inspanningsgericht,2,1,0,3,3,260000,175500,9321:1",
                "42420001,outputgericht,1,1,0,1,2,245000,180000,9341:1",
                "42420001,taakgericht,1,0,0,1,1,50000,50000,",
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

    /** The gemeente's workspace with the contracts file where the product looks by default. */
    private TestWorkspace workspace() throws IOException {
        return workspace("gemeente", "0384");
    }

    private TestWorkspace workspace(String role, String identity) throws IOException {
        Path contracts = dir.resolve("data").resolve("contracts.csv");
        Files.createDirectories(contracts.getParent());
        Files.writeString(contracts, CONTRACTS);
        return new TestWorkspace(dir, role, identity);
    }

    /** A 301 of the gemeente: sent from outgoing/ by the gemeente, received in inbox/ by the aanbieder. */
    private static void drop(TestWorkspace workspace, String role, String name, String xml) {
        if (role.equals("gemeente")) {
            workspace.outgoing(name + ".xml", xml);
        } else {
            workspace.inbox(name + ".xml", xml);
        }
    }

    /**
     * Five sent allocations (two inspanningsgericht, one outputgericht, one 45A03 without contract, one taakgericht),
     * the starts of 1 and 8, and four declarations: August with euros and July in hours on euro allocation 8, 12
     * hours in October, 13 hours in October (over the weekly maximum, 9321), and November with 15 hours
     * inspanningsgericht approved, 20 hours 45A03 rejected (9321) and euros for taakgericht 46A01 approved.
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
        workspace.outgoing("301-6.xml", m.toewijzing("2025-09-20", E,
                toegewezen(6).product("46", "46A01").periode("2025-10-01", "2025-12-31").omvang(50000, "83", "4")));
        workspace.inbox("start-1.xml", m.start("2025-10-08", A,
                levering(1L).product("45", "45A04").begin("2025-10-07")));
        workspace.inbox("start-8.xml", m.start("2025-07-08", C,
                levering(8L).product("45", "45A05").begin("2025-07-07")));
        workspace.inbox("d8-aug.xml", m.declaratie("2025-09-04", "DN8AUG", "2025-08", client(C,
                prestatie("RN08", 8).product("45", "45A05").periode("2025-08-01", "2025-08-31").euros(180000),
                prestatie("RN07H", 8).product("45", "45A05").periode("2025-07-07", "2025-07-31")
                        .geleverd(10, "04", 6500L))));
        workspace.inbox("d1-oct.xml", m.declaratie("2025-11-04", "DN1OCT", "2025-10", client(A,
                prestatie("RN01", 1).product("45", "45A04").periode("2025-10-07", "2025-10-31")
                        .geleverd(12, "04", 6500L))));
        workspace.inbox("d2-oct.xml", m.declaratie("2025-11-04", "DN2OCT", "2025-10", client(B,
                prestatie("RN02", 2).product("45", "45A04").periode("2025-10-07", "2025-10-31")
                        .geleverd(13, "04", 6500L))));
        workspace.inbox("d-nov.xml", m.declaratie("2025-12-04", "DNNOV", "2025-11",
                client(A, prestatie("RN03", 1).product("45", "45A04").periode("2025-11-01", "2025-11-30")
                        .geleverd(15, "04", 6500L)),
                client(D, prestatie("RN09", 9).product("45", "45A03").periode("2025-11-01", "2025-11-30")
                        .geleverd(20, "04", 1250L)),
                client(E, prestatie("RN06", 6).product("46", "46A01").periode("2025-11-01", "2025-11-30")
                        .euros(50000))));
    }

    private static String mismatch(String file, String variant, String rule, String text) {
        return "{\"file\":\"" + file + ".xml\",\"variant\":\"" + variant + "\",\"rule\":\"" + rule
                + "\",\"text\":\"" + text + "\"}";
    }

    /** The allocations per variant in one message's facts, e.g. {@code inspanningsgericht=1 outputgericht=0}. */
    private static String allocations(JsonNode message) {
        List<String> counts = new ArrayList<>();
        JsonNode variants = message.get("variantFacts").get("variants");
        variants.propertyNames().forEach(v -> counts.add(v + "=" + variants.get(v).get("allocations").asInt()));
        return String.join(" ", counts);
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
