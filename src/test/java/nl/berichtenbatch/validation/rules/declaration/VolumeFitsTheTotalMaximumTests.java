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
class VolumeFitsTheTotalMaximumTests {

    private final VolumeFitsTheTotalMaximum rule = new VolumeFitsTheTotalMaximum();

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
    void reportsWhenTheDeclaredTotalPassesTheAllocatedTotal() {
        // V-03: 12 + 15 + 13 = 40 > 13 weeks x 3 = 39
        StateStore state = weekly();
        accepted(state, declaratie("2025-10", october("RN1", 12, "04", 6500)));
        accepted(state, declaratie("2025-11", prestatie("RN2", 1).product("45", "45A04")
                .periode("2025-11-01", "2025-11-30").geleverd(15, "04", 6500L)));
        TestBerichten.Regel december = prestatie("RN3", 1).product("45", "45A04").periode("2025-12-01", "2025-12-30")
                .geleverd(13, "04", 6500L);
        var findings = check(rule, declaratie("2025-12", december), state);
        assertThat(codes(findings)).containsExactly("9322");
        assertThat(check(rule, declaratie("2025-12", december.geleverd(12, "04", 6500L)), state)).isEmpty();
    }

    @Test
    void reportsTheLaterOfTwoPrestatiesThatTogetherPassTheTotal() {
        // V-18: 10 hours in total; 6 in January and 5 in February in one message
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2025-01-01", BSN, toegewezen(5).product("45", "45A04")
                .periode("2025-01-01", "2025-06-30").omvang(10, "04", "6")));
        var findings = check(rule, IJW.declaratie("2025-03-05", "DN1", "2025-02", client(BSN,
                prestatie("RN1", 5).product("45", "45A04").periode("2025-01-01", "2025-01-31").geleverd(6, "04", 6500L),
                prestatie("RN2", 5).product("45", "45A04").periode("2025-02-01", "2025-02-28").geleverd(5, "04", 6500L))),
                state);
        assertThat(findings).extracting(f -> f.location()).containsExactly(
                "/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/GeleverdVolume");
    }

    @Test
    void passesWhenACreditInTheSameMessageReversesTheEarlierDebit() {
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2025-01-01", BSN, toegewezen(5).product("45", "45A04")
                .periode("2025-01-01", "2025-06-30").omvang(10, "04", "6")));
        TestBerichten.Regel january = prestatie("RN1", 5).product("45", "45A04").periode("2025-01-01", "2025-01-31")
                .geleverd(6, "04", 6500L);
        accepted(state, IJW.declaratie("2025-02-05", "DN1", "2025-01", client(BSN, january)));
        // when January is credited and declared again with 9 hours: 9 <= 10
        assertThat(check(rule, IJW.declaratie("2025-03-05", "DN2", "2025-02", client(BSN,
                prestatie("RN3", 5).product("45", "45A04").periode("2025-01-01", "2025-01-31").geleverd(9, "04", 6500L),
                prestatie("RN2", 5).product("45", "45A04").periode("2025-01-01", "2025-01-31").geleverd(6, "04", 6500L)
                        .credit("RN1"))), state)).isEmpty();
    }

    @Test
    void countsMinutesAndHoursTogether() {
        StateStore state = weekly();
        accepted(state, declaratie("2025-10", october("RN1", 720, "01", 108).bedrag(78000)));
        assertThat(check(rule, declaratie("2025-11", prestatie("RN2", 1).product("45", "45A04")
                .periode("2025-11-01", "2025-11-30").geleverd(15, "04", 6500L)), state)).isEmpty();
    }
}
