package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.BSN;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

@SuppressWarnings("unused")
class VolumeFitsThePeriodMaximumTests {

    private final VolumeFitsThePeriodMaximum rule = new VolumeFitsThePeriodMaximum();

    /** variants.md §7: 45/45A04, 3 hours per week, 2025-10-07…2025-12-30 (V-01…V-07). */
    private static StateStore weekly() {
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2025-10-01", BSN, toegewezen(1).product("45", "45A04")
                .periode("2025-10-07", "2025-12-30").omvang(3, "04", "2")));
        return state;
    }

    private static TestBerichten.Regel october(String referentie, long volume, String eenheid, long tarief) {
        return prestatie(referentie, 1).product("45", "45A04").periode("2025-10-07", "2025-10-31")
                .geleverd(volume, eenheid, tarief);
    }

    private static String declaratie(String maand, TestBerichten.Regel... prestaties) {
        return IJW.declaratie(maand + "-28", "DN" + maand.replace("-", ""), maand, client(BSN, prestaties));
    }

    @Test
    void passesForTheWeeklyMaximumAlsoInMinutes() {
        // V-01, V-04: 4 weeks touched x 3 hours
        assertThat(check(rule, declaratie("2025-10", october("RN1", 12, "04", 6500)), weekly())).isEmpty();
        assertThat(check(rule, declaratie("2025-10", october("RN1", 720, "01", 108).bedrag(78000)), weekly()))
                .isEmpty();
    }

    @Test
    void reportsMoreThanTheWeeklyMaximum() {
        // V-02
        var findings = check(rule, declaratie("2025-10", october("RN1", 13, "04", 6500)), weekly());
        assertThat(codes(findings)).containsExactly("9321");
        assertThat(findings.get(0).location()).endsWith("Prestatie[1]/GeleverdVolume");
        assertThat(codes(check(rule, declaratie("2025-10", october("RN1", 721, "01", 108)), weekly())))
                .containsExactly("9321");
    }

    @Test
    void skipsAnotherUnit() {
        // V-07: TR341 rejects it, the volume is not checked
        assertThat(check(rule, declaratie("2025-10", october("RN1", 99, "16", 6500)), weekly())).isEmpty();
    }

    @Test
    void allowsTheMonthlyVolumeForABrokenMonth() {
        // V-12: 15 hours per month from 2025-10-14
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2025-10-01", BSN, toegewezen(2).product("45", "45A04")
                .periode("2025-10-14", "2025-12-13").omvang(15, "04", "4")));
        assertThat(check(rule, declaratie("2025-10", prestatie("RN1", 2).product("45", "45A04")
                .periode("2025-10-14", "2025-10-31").geleverd(15, "04", 6500L)), state)).isEmpty();
        assertThat(codes(check(rule, declaratie("2025-10", prestatie("RN1", 2).product("45", "45A04")
                .periode("2025-10-14", "2025-10-31").geleverd(16, "04", 6500L)), state))).containsExactly("9321");
    }

    @Test
    void countsSundaysForOutputPerWeek() {
        // V-08, V-09: 300 euros per week 2025-07-07…2025-09-06 (a Saturday)
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2025-07-01", BSN, toegewezen(3).product("45", "45A05")
                .periode("2025-07-07", "2025-09-06").omvang(30000, "83", "2")));
        assertThat(check(rule, declaratie("2025-08", prestatie("RN1", 3).product("45", "45A05")
                .periode("2025-08-01", "2025-08-31").euros(180000)), state)).isEmpty();
        assertThat(codes(check(rule, declaratie("2025-09", prestatie("RN1", 3).product("45", "45A05")
                .periode("2025-09-01", "2025-09-06").euros(30000)), state))).containsExactly("9321");
    }

    @Test
    void allowsSixWeeksOfHouseholdHelpInIwmo() {
        // V-17: iWmo category 01, 3 hours per week: 18 hours in July
        TestBerichten iwmo = TestBerichten.iwmo();
        StateStore state = freshState();
        accepted(state, iwmo.toewijzing("2025-07-01", BSN, toegewezen(4).product("01", "01A01")
                .periode("2025-07-07", "2025-09-07").omvang(3, "04", "2")));
        java.util.function.LongFunction<String> july = volume -> iwmo.declaratie("2025-08-05", "DN1", "2025-07",
                client(BSN, prestatie("RN1", 4).product("01", "01A01").periode("2025-07-07", "2025-07-31")
                        .geleverd(volume, "04", 5000L)));
        assertThat(check(rule, july.apply(18), state)).isEmpty();
        assertThat(codes(check(rule, july.apply(19), state))).containsExactly("9321");
    }
}
