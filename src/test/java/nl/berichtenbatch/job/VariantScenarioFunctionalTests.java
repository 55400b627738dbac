package nl.berichtenbatch.job;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.berichtenbatch.message.TestBerichten;

/**
 * The declaration arithmetic of variants.md §7 (V-01…V-18) through {@code process} by the gemeente, for both
 * standards (iWmo with its own category; V-17 is iWmo's household help). Every case has its own allocation and its
 * own 323; the 323s follow the order of their declaration periods (TR318). Not here: V-05 and V-06 need a contracts
 * file (the hour tariff, TR346's minute exception and TR418). V-10 and V-11 are level-2 rules: a 325 with only the
 * Header and 0001.
 */
class VariantScenarioFunctionalTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void v01ToV18VolumesBudgetsAndUnits(String standard) {
        Scenario s = Scenario.gemeente(dir, standard);
        String cat = standard.equals("ijw") ? "45" : "02";
        String a04 = cat + "A04";
        String a03 = cat + "A03";
        String a05 = cat + "A05";
        // one client per allocation: several allocations of one product for one client would stack (TR302)
        allocate(s, 18, toegewezen(18).product(cat, a04).periode("2025-01-01", "2025-06-30").omvang(10, "04", "6"));
        allocate(s, 14, toegewezen(14).aspecifiek(cat, 100000L).periode("2025-01-01", "2025-12-31"));
        allocate(s, 16, toegewezen(16).generiek(500000).periode("2025-01-01", "2025-12-31"));
        allocate(s, 8, toegewezen(8).product(cat, a05).periode("2025-07-07", "2025-09-06").omvang(30000, "83", "2"));
        for (long nummer : new long[] {1, 2, 4, 7}) {
            allocate(s, nummer, toegewezen(nummer).product(cat, a04).periode("2025-10-07", "2025-12-30")
                    .omvang(3, "04", "2"));
        }
        for (long nummer : new long[] {12, 13}) {
            allocate(s, nummer, toegewezen(nummer).product(cat, a04).periode("2025-10-14", "2025-12-13")
                    .omvang(15, "04", "4"));
        }
        // V-18: 10 hours in total; 6 in January, then 5 more in February
        declare(s, "v18-jan", "2025-01", prestatie("RN18A", 18).product(cat, a04).periode("2025-01-01", "2025-01-31")
                .geleverd(6, "04", 6500L));
        declare(s, "v18-feb", "2025-02", prestatie("RN18B", 18).product(cat, a04).periode("2025-02-01", "2025-02-28")
                .geleverd(5, "04", 6500L));
        // V-14 (first line) and V-16: within the budgets
        declare(s, "v14-mar", "2025-03", prestatie("RN14A", 14).product(cat, a04).periode("2025-03-01", "2025-03-31")
                .geleverd(10, "04", 6500L));
        declare(s, "v16-mar", "2025-03",
                prestatie("RN16A", 16).product(cat, a04).periode("2025-03-01", "2025-03-31").geleverd(10, "04", 6500L),
                prestatie("RN16B", 16).product(cat, a03).periode("2025-03-01", "2025-03-31").geleverd(8, "04", 1250L));
        // V-14: 65000 + 37500 > 100000; V-15: another category on the aspecific allocation
        declare(s, "v14-apr", "2025-04", prestatie("RN14B", 14).product(cat, a03).periode("2025-04-01", "2025-04-30")
                .geleverd(30, "04", 1250L));
        String otherCategory = standard.equals("ijw") ? "46" : "03";
        declare(s, "v15-apr", "2025-04", prestatie("RN15", 14).product(otherCategory, otherCategory + "A01")
                .periode("2025-04-01", "2025-04-30").geleverd(3, "04", 6500L));
        if (standard.equals("iwmo")) {
            // V-17: household help per week: six weeks' volume in one product period
            s.out("301-v17", s.m.toewijzing("2025-07-01", "999900018",
                    toegewezen(171).product("01", "01A01").periode("2025-07-07", "2025-09-07").omvang(3, "04", "2"),
                    toegewezen(172).product("01", "01A02").periode("2025-07-07", "2025-09-07").omvang(3, "04", "2")));
            s.in("v17-jul", s.m.declaratie("2025-08-04", "DNV17", "2025-07", client("999900018",
                    prestatie("RN17A", 171).product("01", "01A01").periode("2025-07-07", "2025-07-31")
                            .geleverd(18, "04", 5000L),
                    prestatie("RN17B", 172).product("01", "01A02").periode("2025-07-07", "2025-07-31")
                            .geleverd(19, "04", 5000L))));
        }
        // V-08 and V-09: output in euros per week, the allocation ends on a Saturday
        declare(s, "v08-aug", "2025-08", prestatie("RN08", 8).product(cat, a05).periode("2025-08-01", "2025-08-31")
                .euros(180000));
        // V-10: an amount in euros that is not the GeleverdVolume (CS339); V-11: a ProductTarief with unit 83 (CD087)
        declare(s, "v10-aug", "2025-08", prestatie("RN10", 8).product(cat, a05).periode("2025-08-01", "2025-08-31")
                .euros(180000).bedrag(170000));
        declare(s, "v11-aug", "2025-08", prestatie("RN11", 8).product(cat, a05).periode("2025-08-01", "2025-08-31")
                .geleverd(180000, "83", 1L));
        declare(s, "v09-sep", "2025-09", prestatie("RN09", 8).product(cat, a05).periode("2025-09-01", "2025-09-06")
                .euros(30000));
        // October: V-01, V-02, V-04, V-07, V-12, V-13
        declare(s, "v01-oct", "2025-10", october("RN01", 1, a04, cat).geleverd(12, "04", 6500L));
        declare(s, "v02-oct", "2025-10", october("RN02", 2, a04, cat).geleverd(13, "04", 6500L));
        declare(s, "v04-oct", "2025-10", october("RN04", 4, a04, cat).geleverd(720, "01", 108L).bedrag(78000));
        declare(s, "v07-oct", "2025-10", october("RN07", 7, a04, cat).geleverd(12, "16", 6500L));
        declare(s, "v12-oct", "2025-10", prestatie("RN12", 12).product(cat, a04).periode("2025-10-14", "2025-10-31")
                .geleverd(15, "04", 6500L));
        declare(s, "v13-oct", "2025-10", prestatie("RN13", 13).product(cat, a04).periode("2025-10-01", "2025-10-31")
                .geleverd(15, "04", 6500L));
        // V-03: 12 (October) + 15 + 13 > 39; with 12 in December it fits
        declare(s, "v03-nov", "2025-11", prestatie("RN03A", 1).product(cat, a04).periode("2025-11-01", "2025-11-30")
                .geleverd(15, "04", 6500L));
        declare(s, "v03-dec-13", "2025-12", prestatie("RN03B", 1).product(cat, a04).periode("2025-12-01", "2025-12-30")
                .geleverd(13, "04", 6500L));
        declare(s, "v03-dec-12", "2025-12", prestatie("RN03C", 1).product(cat, a04).periode("2025-12-01", "2025-12-30")
                .geleverd(12, "04", 6500L));
        // when
        s.process();
        // then
        for (String accepted : new String[] {"v18-jan", "v14-mar", "v16-mar", "v08-aug", "v01-oct", "v04-oct",
            "v12-oct", "v03-nov", "v03-dec-12"}) {
            s.expect(accepted, "ACCEPTED");
        }
        String rejected = "Header=0200 DeclaratieAntwoord=0200 DeclaratieAntwoord/Client[1]=0200 "
                + "DeclaratieAntwoord/Client[1]/Prestatie[1]=";
        assertThat(s.codes("v18-feb")).isEqualTo(rejected + "9322");
        assertThat(s.codes("v14-apr")).isEqualTo(rejected + "9369");
        assertThat(s.codes("v15-apr")).isEqualTo(rejected + "9339");
        assertThat(s.codes("v09-sep")).isEqualTo(rejected + "9321");
        assertThat(s.codes("v02-oct")).isEqualTo(rejected + "9321");
        assertThat(s.codes("v07-oct")).isEqualTo(rejected + "9341");
        assertThat(s.codes("v13-oct")).isEqualTo(rejected + "9307,9387");
        assertThat(s.codes("v03-dec-13")).isEqualTo(rejected + "9322");
        for (String[] level2 : new String[][] {{"v10-aug", "CS339"}, {"v11-aug", "CD087"}}) {
            s.expect(level2[0], "REJECTED");
            assertThat(s.codes(level2[0])).isEqualTo("Header=0001");
            assertThat(s.errorRules(level2[0])).containsExactly(level2[1]);
        }
        if (standard.equals("iwmo")) {
            s.expect("v17-jul", "PARTIAL");
            assertThat(s.codes("v17-jul")).isEqualTo("Header=0200 DeclaratieAntwoord=0200 "
                    + "DeclaratieAntwoord/Client[1]=0200 DeclaratieAntwoord/Client[1]/Prestatie[1]=9321");
        }
    }

    private static TestBerichten.Regel october(String referentie, long nummer, String code, String cat) {
        return prestatie(referentie, nummer).product(cat, code).periode("2025-10-07", "2025-10-31");
    }

    /** The client of each allocation: a test BSN of its own (all pass the elfproef). */
    private static final java.util.Map<Long, String> CLIENTS = java.util.Map.of(18L, "999900006", 14L, "999900018",
            16L, "999900031", 8L, "999900043", 1L, "999900055", 2L, "999900067", 4L, "999900079", 7L, "999900080",
            12L, "999900092", 13L, "999900109");

    private static void allocate(Scenario s, long nummer, TestBerichten.Toegewezen allocation) {
        s.out("301-" + nummer, s.m.toewijzing("2024-12-20", CLIENTS.get(nummer), allocation));
    }

    /** A 323 of one month with prestaties of one allocation, under that allocation's client. */
    private static void declare(Scenario s, String name, String maand, TestBerichten.Regel... prestaties) {
        long nummer = prestaties[0].toewijzingNummer();
        s.in(name, s.m.declaratie(java.time.YearMonth.parse(maand).plusMonths(1).atDay(4).toString(),
                "DN" + name.replace("-", "").toUpperCase(), maand, client(CLIENTS.get(nummer), prestaties)));
    }
}
