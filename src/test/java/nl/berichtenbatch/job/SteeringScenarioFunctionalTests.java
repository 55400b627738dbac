package nl.berichtenbatch.job;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.message.TestBerichten;
import tools.jackson.databind.JsonNode;

/**
 * One scenario per uitvoeringsvariant through {@code process} by the gemeente, with a contracts file in
 * {@code <data-dir>/contracts.csv}: a few allocations, starts, stops, a declaration with one rejected prestatie and one
 * variant mismatch, and then the exact {@code variants}, {@code providers} and {@code mismatches} of the run report
 * (design.md 4.6). Every total is worked out from the messages in the comments.
 */
class SteeringScenarioFunctionalTests {

    private static final String HEADER =
            "gemeente,aanbieder,productcategorie,productcode,variant,eenheid,tarief,ingangsdatum,einddatum\n";
    private static final String NONE = totals(0, 0, 0, 0, 0, 0, 0, "");
    private static final String A = "999900055";
    private static final String B = "999900067";
    private static final String C = "999900043";

    @TempDir
    Path dir;

    @Test
    void inspanningsgericht() throws IOException {
        // given: iJw, 45A04 per hour at 6500 (contracts line 2)
        TestBerichten m = TestBerichten.ijw();
        TestWorkspace workspace = workspace(m, "45,45A04,inspanningsgericht,04,6500");
        workspace.outgoing("301-1.xml", m.toewijzing("2025-10-01", A, hours(1)));
        workspace.outgoing("301-2.xml", m.toewijzing("2025-10-01", B, hours(2)));
        // 3 dagdelen per month fits row I10 of the table, but the contract is in hours: BB102
        workspace.outgoing("301-3.xml", m.toewijzing("2025-10-01", C, toegewezen(3).product("45", "45A04")
                .periode("2025-10-01", "2025-12-31").omvang(3, "16", "4")));
        // OP087: a later 301 for A repeats allocation 1 unchanged (same Toewijzingsdatum and -tijd): no new allocation
        workspace.outgoing("301-1-again.xml", m.toewijzing("2025-10-20", A, hours(1)));
        workspace.inbox("305-1.xml", m.start("2025-10-08", A, levering(1L).product("45", "45A04").begin("2025-10-07")));
        workspace.inbox("305-2.xml", m.start("2025-10-09", B, levering(2L).product("45", "45A04").begin("2025-10-08")));
        workspace.inbox("307-2.xml", m.stop("2025-11-01", B, levering(2L).product("45", "45A04").begin("2025-10-08")
                .stop("31", "2025-10-31")));
        // October 2025-10-07..31 touches weeks 41-44: at most 4 x 3 = 12 hours. A: 12 h x 6500 = 78000 approved;
        // B: 13 h x 6500 = 84500 rejected (9321)
        workspace.inbox("323-oct.xml", m.declaratie("2025-11-04", "DNOCT", "2025-10",
                client(A, prestatie("RN01", 1).product("45", "45A04").periode("2025-10-07", "2025-10-31")
                        .geleverd(12, "04", 6500L)),
                client(B, prestatie("RN02", 2).product("45", "45A04").periode("2025-10-07", "2025-10-31")
                        .geleverd(13, "04", 6500L))));
        // when
        JsonNode report = process(workspace);
        // then: allocations 1, 2, 3 (not the repeat), starts of 1 and 2, the stop of 2
        assertThat(outcomes(report)).containsExactly("301-1=SENT", "301-2=SENT", "301-3=SENT", "301-1-again=SENT",
                "305-1=ACCEPTED", "305-2=ACCEPTED", "307-2=ACCEPTED", "323-oct=PARTIAL");
        String inspanningsgericht = totals(3, 2, 1, 1, 2, 78000 + 84500, 78000, "\"9321\":1");
        assertThat(report.get("variants").toString()).isEqualTo("{\"inspanningsgericht\":" + inspanningsgericht
                + ",\"outputgericht\":" + NONE + ",\"taakgericht\":" + NONE + "}");
        assertThat(report.get("providers").toString())
                .isEqualTo("{\"42420001\":{\"inspanningsgericht\":" + inspanningsgericht + "}}");
        assertThat(mismatches(report)).containsExactly(mismatch("301-3", "inspanningsgericht", "BB102",
                "The ToegewezenProduct for 45/45A04 is in Eenheid 16 (dagdeel), but the inspanningsgericht contract "
                        + "(line 2) is in 04 (uur) (or minutes)."));
    }

    @Test
    void outputgericht() throws IOException {
        // given: iWmo, 02A05 in euros (line 2), 02A06 in output pieces at 2500 each (line 3)
        TestBerichten m = TestBerichten.iwmo();
        TestWorkspace workspace = workspace(m, "02,02A05,outputgericht,83,", "02,02A06,outputgericht,82,2500");
        // A: 300 euros a week (row O5); B: 200 euros a month (O6); C: 4 pieces a month (O3)
        workspace.outgoing("301-8.xml", m.toewijzing("2025-07-01", A, toegewezen(8).product("02", "02A05")
                .periode("2025-07-07", "2025-09-06").omvang(30000, "83", "2")));
        workspace.outgoing("301-5.xml", m.toewijzing("2025-07-20", B, toegewezen(5).product("02", "02A05")
                .periode("2025-08-01", "2025-12-31").omvang(20000, "83", "4")));
        workspace.outgoing("301-7.xml", m.toewijzing("2025-07-20", C, toegewezen(7).product("02", "02A06")
                .periode("2025-08-01", "2025-12-31").omvang(4, "82", "4")));
        workspace.inbox("305-8.xml", m.start("2025-07-08", A, levering(8L).product("02", "02A05").begin("2025-07-07")));
        workspace.inbox("305-5.xml", m.start("2025-08-02", B, levering(5L).product("02", "02A05").begin("2025-08-01")));
        workspace.inbox("307-8.xml", m.stop("2025-09-08", A, levering(8L).product("02", "02A05").begin("2025-07-07")
                .stop("23", "2025-09-06")));
        // August: A 180000 (5 Sundays + the broken last week, V-08) approved; B 25000 over 20000 a month (9321);
        // C 3 pieces x 2500 = 7500 approved, but allocation 7 was never started (BB106)
        workspace.inbox("323-aug.xml", m.declaratie("2025-09-04", "DNAUG", "2025-08",
                client(A, prestatie("RN08", 8).product("02", "02A05").periode("2025-08-01", "2025-08-31")
                        .euros(180000)),
                client(B, prestatie("RN05", 5).product("02", "02A05").periode("2025-08-01", "2025-08-31")
                        .euros(25000)),
                client(C, prestatie("RN07", 7).product("02", "02A06").periode("2025-08-01", "2025-08-31")
                        .geleverd(3, "82", 2500L))));
        // when
        JsonNode report = process(workspace);
        // then
        assertThat(outcomes(report)).containsExactly("301-8=SENT", "301-5=SENT", "301-7=SENT", "305-8=ACCEPTED",
                "305-5=ACCEPTED", "307-8=ACCEPTED", "323-aug=PARTIAL");
        String outputgericht = totals(3, 2, 1, 1, 3, 180000 + 25000 + 7500, 180000 + 7500, "\"9321\":1");
        assertThat(report.get("variants").toString()).isEqualTo("{\"inspanningsgericht\":" + NONE
                + ",\"outputgericht\":" + outputgericht + ",\"taakgericht\":" + NONE + "}");
        assertThat(report.get("providers").toString())
                .isEqualTo("{\"65656055\":{\"outputgericht\":" + outputgericht + "}}");
        assertThat(mismatches(report)).containsExactly(mismatch("323-aug", "outputgericht", "BB106",
                "Prestatie RN07 declares allocation 7, but no start (305) of it was received; under the outputgericht "
                        + "contract start and stop are mandatory (OP295)."));
    }

    @Test
    void taakgericht() throws IOException {
        // given: iJw, category 46 taakgericht (line 2)
        TestBerichten m = TestBerichten.ijw();
        TestWorkspace workspace = workspace(m, "46,,taakgericht,83,");
        // CASE-13: starts and a stop without ToewijzingNummer, keyed by Product and Begindatum; no allocations
        workspace.inbox("305-a.xml", m.start("2025-03-02", A, levering(null).product("46", "46A01")
                .begin("2025-03-01")));
        workspace.inbox("305-b.xml", m.start("2025-03-04", B, levering(null).product("46", "46A02")
                .begin("2025-03-03")));
        workspace.inbox("307-a.xml", m.stop("2025-04-01", A, levering(null).product("46", "46A01")
                .begin("2025-03-01").stop("34", "2025-03-31")));
        // a task is not declared per client (BB104), and there is no allocation 77 to declare on (9338)
        workspace.inbox("323-mar.xml", m.declaratie("2025-04-04", "DNMAR", "2025-03", client(C,
                prestatie("RN77", 77).product("46", "46A01").periode("2025-03-01", "2025-03-31").euros(40000))));
        // when
        JsonNode report = process(workspace);
        // then
        assertThat(outcomes(report)).containsExactly("305-a=ACCEPTED", "305-b=ACCEPTED", "307-a=ACCEPTED",
                "323-mar=REJECTED");
        String taakgericht = totals(0, 2, 1, 1, 1, 40000, 0, "\"9338\":1");
        assertThat(report.get("variants").toString()).isEqualTo("{\"inspanningsgericht\":" + NONE
                + ",\"outputgericht\":" + NONE + ",\"taakgericht\":" + taakgericht + "}");
        assertThat(report.get("providers").toString())
                .isEqualTo("{\"42420001\":{\"taakgericht\":" + taakgericht + "}}");
        assertThat(mismatches(report)).containsExactly(mismatch("323-mar", "taakgericht", "BB104",
                "Prestatie RN77 declares 46/46A01 per client, but the contract (line 2) makes it taakgericht: a task "
                        + "is not declared per client."));
    }

    /** The gemeente's workspace with the contracts of its pair, from 2025-01-01, in the default place. */
    private TestWorkspace workspace(TestBerichten m, String... rows) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String row : rows) {
            csv.append(m.gemeente()).append(',').append(m.aanbieder()).append(',').append(row)
                    .append(",2025-01-01,\n");
        }
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve("contracts.csv"), csv);
        return new TestWorkspace(dir, "gemeente", m.gemeente());
    }

    /** 3 hours a week of 45A04 from 2025-10-07 to 2025-12-30 (row I6), decided on 2025-10-01 at noon. */
    private static TestBerichten.Toegewezen hours(long nummer) {
        return toegewezen(nummer).product("45", "45A04").toegewezenOp("2025-10-01", "12:00:00")
                .periode("2025-10-07", "2025-12-30").omvang(3, "04", "2");
    }

    private static JsonNode process(TestWorkspace workspace) {
        TestWorkspace.Run run = workspace.process();
        assertThat(run.exitCode()).as(run.err()).isZero();
        return workspace.report(1);
    }

    private static String totals(int allocations, int starts, int stops, int declarations, int prestaties,
            long declared, long approved, String rejections) {
        return "{\"allocations\":" + allocations + ",\"starts\":" + starts + ",\"stops\":" + stops
                + ",\"declarations\":" + declarations + ",\"prestaties\":" + prestaties + ",\"declaredCents\":"
                + declared + ",\"approvedCents\":" + approved + ",\"rejections\":{" + rejections + "}}";
    }

    private static List<String> outcomes(JsonNode report) {
        List<String> outcomes = new ArrayList<>();
        report.get("messages").forEach(message -> outcomes.add(message.get("file").asString().replace(".xml", "")
                + "=" + message.get("outcome").asString()));
        return outcomes;
    }

    private static List<String> mismatches(JsonNode report) {
        List<String> mismatches = new ArrayList<>();
        report.get("mismatches").forEach(mm -> mismatches.add(mm.toString()));
        return mismatches;
    }

    private static String mismatch(String file, String variant, String rule, String text) {
        return "{\"file\":\"" + file + ".xml\",\"variant\":\"" + variant + "\",\"rule\":\"" + rule
                + "\",\"text\":\"" + text + "\"}";
    }
}
