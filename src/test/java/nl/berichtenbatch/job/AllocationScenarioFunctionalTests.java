package nl.berichtenbatch.job;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The allocation-side scenarios of processes.md §12 (CASE-21…CASE-24, CASE-30 and CASE-33) through {@code process}
 * by the aanbieder, which receives the 301s and checks its own 323s as the gemeente would, for both standards. The run
 * is the night of 2026-05-10 ({@code process --run-date}), the date of the latest message but one, so that CASE-33's
 * Dagtekening is exactly one day after the run date.
 */
class AllocationScenarioFunctionalTests {

    @TempDir
    Path dir;

    /** The aanbieder's installation; the PostgreSQL integration tests give it their database. */
    Scenario aanbieder(String standard) {
        return Scenario.aanbieder(dir, standard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void case21To23And30DeletingOutOfOrderAndUnrequestedAllocations(String standard) {
        Scenario s = aanbieder(standard);
        String cat = standard.equals("ijw") ? "45" : "02";
        String code = cat + "A04";
        String bsn = "999900006";
        // CASE-21: deleting an allocation without prestaties is accepted; a declaration on it afterwards is not (CASE-30)
        s.in("c21-301", s.m.toewijzing("2026-03-20", bsn, toegewezen(300201).product(cat, code)
                .toegewezenOp("2026-03-20", "10:00:00").periode("2026-04-01", "2026-09-30").omvang(3, "04", "2"),
                toegewezen(300202).product(cat, code + "").toegewezenOp("2026-03-20", "10:00:00")
                        .periode("2026-04-01", "2026-09-30").omvang(3, "04", "2").product(cat, cat + "A05")));
        s.in("c21-301-delete", s.m.toewijzing("2026-04-02", bsn, toegewezen(300201).product(cat, code)
                .toegewezenOp("2026-04-02", "10:00:00").periode("2026-04-01", "2026-04-01").omvang(3, "04", "2")
                .reden("13")));
        s.out("c30-323", s.m.declaratie("2026-05-05", "DN001", "2026-04", client(bsn,
                prestatie("RN001", 300201).product(cat, code).periode("2026-04-01", "2026-04-30")
                        .geleverd(10, "04", 6500L))));
        // ... and with an approved, not credited prestatie on 300202 the deletion is refused
        s.out("c21-323", s.m.declaratie("2026-05-06", "DN002", "2026-04", client(bsn,
                prestatie("RN002", 300202).product(cat, cat + "A05").periode("2026-04-01", "2026-04-30")
                        .geleverd(10, "04", 6500L))));
        s.in("c21-301-delete-declared", s.m.toewijzing("2026-05-10", bsn, toegewezen(300202).product(cat, cat + "A05")
                .toegewezenOp("2026-05-10", "10:00:00").periode("2026-04-01", "2026-04-01").omvang(3, "04", "2")
                .reden("13")));
        // CASE-21, level 2: reden 13 with an Einddatum after the Ingangsdatum (CS335); reden 01 (CS336)
        s.in("c21-301-delete-wrong-end", s.m.toewijzing("2026-04-02", bsn, toegewezen(300201).product(cat, code)
                .toegewezenOp("2026-04-02", "11:00:00").periode("2026-04-01", "2026-04-30").omvang(3, "04", "2")
                .reden("13")));
        s.in("c21-301-reason-01", s.m.toewijzing("2026-04-02", bsn, toegewezen(300201).product(cat, code)
                .toegewezenOp("2026-04-02", "12:00:00").periode("2026-04-01", "2026-04-01").omvang(3, "04", "2")
                .reden("01")));
        // CASE-22: version 2 first, then the older version 1 arrives; version 2 stays current
        String other = "999900018";
        s.in("c22-301-v2", s.m.toewijzing("2025-05-10", other, toegewezen(667899).product(cat, code)
                .toegewezenOp("2025-05-10", "09:00:00").periode("2025-01-01", "2025-12-31").omvang(3, "04", "2")
                .reden("04")));
        s.in("c22-301-v1", s.m.toewijzing("2025-05-11", other, toegewezen(667899).product(cat, code)
                .toegewezenOp("2025-01-01", "09:00:00").periode("2025-01-01", "2025-06-30").omvang(3, "04", "2")));
        s.out("c22-323-july", s.m.declaratie("2026-05-10", "DN003", "2026-04", client(other,
                prestatie("RN003", 667899).product(cat, code).periode("2025-07-01", "2025-07-31")
                        .geleverd(12, "04", 6500L))));
        // CASE-23: a ReferentieAanbieder on the gemeente's own initiative; then one of a real, open request
        String third = "999900031";
        s.in("c23-301-unrequested", s.m.toewijzing("2026-03-01", third, toegewezen(300301).product(cat, code)
                .periode("2026-04-01", "2026-09-30").omvang(3, "04", "2").referentie("R77")));
        s.out("c23-315", s.m.verzoekOmToewijzing("2026-03-02", third, aanvraag("R78").product(cat, code)
                .periode("2026-04-01", "2026-09-30").omvang(3, "04", "2")));
        s.in("c23-301-requested", s.m.toewijzing("2026-03-05", third, toegewezen(300301).product(cat, code)
                .periode("2026-04-01", "2026-09-30").omvang(3, "04", "2").referentie("R78")));
        // CASE-24: two overlapping allocations of one product in a 301 (TR302, level 2); fine when one is deleted
        s.in("c24-301-stacked", s.m.toewijzing("2026-03-01", "999900043",
                toegewezen(300401).product(cat, code).periode("2026-04-01", "2026-09-30").omvang(3, "04", "2"),
                toegewezen(300402).product(cat, code).periode("2026-06-01", "2026-12-31").omvang(3, "04", "2")));
        s.in("c24-301-one-deleted", s.m.toewijzing("2026-03-01", "999900055",
                toegewezen(300403).product(cat, code).periode("2026-04-01", "2026-09-30").omvang(3, "04", "2"),
                toegewezen(300404).product(cat, code).periode("2026-06-01", "2026-06-01").omvang(3, "04", "2")
                        .reden("13")));
        if (standard.equals("iwmo")) {
            // iWmo: hulpmiddelen (category 12) may overlap; a generic allocation may not overlap a category-02 one
            s.in("c24-301-hulpmiddelen", s.m.toewijzing("2026-03-01", "999900067",
                    toegewezen(300405).product("12", "12X00").periode("2026-04-01", "2026-09-30").omvang(1, "14", "6"),
                    toegewezen(300406).product("12", "12X01").periode("2026-06-01", "2026-12-31").omvang(1, "14", "6")));
            s.in("c24-301-generic", s.m.toewijzing("2026-03-01", "999900079",
                    toegewezen(300407).product("02", "02A04").periode("2026-04-01", "2026-09-30").omvang(3, "04", "2"),
                    toegewezen(300408).generiek(500000).periode("2026-06-01", "2026-12-31")));
        }
        // CASE-33: a Dagtekening after the run date
        s.in("c33-301-future", s.m.toewijzing("2026-05-11", third, toegewezen(300302).product(cat, code)
                .periode("2026-04-01", "2026-09-30").omvang(3, "04", "2")));
        // when
        s.process("2026-05-10");
        // then
        s.expect("c21-301", "ACCEPTED");
        s.expect("c21-301-delete", "ACCEPTED");
        assertThat(s.codes("c21-301-delete")).isEmpty();
        s.expect("c30-323", "HELD");
        assertThat(s.findingCodes("c30-323")).containsExactly("9384");
        s.expect("c21-323", "SENT");
        assertThat(s.codes("c21-301-delete-declared"))
                .isEqualTo("Header=0200 Client=0200 Client/Contact[1]=0200 Client/ToegewezenProduct[1]=9385");
        s.expect("c22-301-v2", "ACCEPTED");
        s.expect("c22-301-v1", "ACCEPTED");
        s.expect("c22-323-july", "SENT");
        assertThat(s.codes("c23-301-unrequested"))
                .isEqualTo("Header=0200 Client=0200 Client/Contact[1]=0200 Client/ToegewezenProduct[1]=9379");
        s.expect("c23-315", "SENT");
        s.expect("c23-301-requested", "ACCEPTED");
        assertThat(s.codes("c33-301-future")).isEqualTo("Header=8848");
        assertThat(s.codes("c21-301-delete-wrong-end")).isEqualTo("Header=0001");
        assertThat(s.errorRules("c21-301-delete-wrong-end")).containsExactly("CS335");
        assertThat(s.codes("c21-301-reason-01")).isEqualTo("Header=0001");
        assertThat(s.errorRules("c21-301-reason-01")).containsExactly("CS336");
        assertThat(s.codes("c24-301-stacked")).isEqualTo("Header=0001");
        assertThat(s.errorRules("c24-301-stacked")).containsExactly("TR302");
        s.expect("c24-301-one-deleted", "ACCEPTED");
        if (standard.equals("iwmo")) {
            s.expect("c24-301-hulpmiddelen", "ACCEPTED");
            assertThat(s.codes("c24-301-generic")).isEqualTo("Header=0001");
            assertThat(s.errorRules("c24-301-generic")).containsExactly("TR302");
        }
    }
}
