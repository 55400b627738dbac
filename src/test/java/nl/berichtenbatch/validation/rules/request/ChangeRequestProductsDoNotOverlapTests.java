package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.nieuw;
import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.BSN;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

class ChangeRequestProductsDoNotOverlapTests {

    private final ChangeRequestProductsDoNotOverlap rule = new ChangeRequestProductsDoNotOverlap();

    @Test
    void passesForTheSameProductInANewPeriodAfterTheCurrentOne() {
        assertThat(check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, "2026-12-01").eind("2028-07-01").omvang(5, "04", "2"),
                nieuw("45", "45A03", "2028-01-01").eind("2028-07-01").omvang(2, "16", "4")),
                RequestFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsEveryClassInvolvedInAnOverlap() {
        var findings = check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, "2026-12-01").eind("2028-07-01").omvang(5, "04", "2"),
                nieuw("45", "45A03", "2027-12-31").eind("2028-07-01").omvang(2, "16", "4")),
                RequestFixtures.allocated());
        assertThat(codes(findings)).containsExactly("9361", "9361");
        assertThat(findings).extracting(f -> f.location()).containsExactly(
                "/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[1]",
                "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]");
    }

    @Test
    void reportsAnAspecificProductOverlappingASpecificOneOfItsCategory() {
        assertThat(codes(check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, "2026-12-01").eind("2027-12-31").omvang(5, "04", "2"),
                nieuw("45", null, "2027-01-01").eind("2027-06-30")), RequestFixtures.allocated())))
                .containsExactly("9361", "9361", "9361");
    }

    @Test
    void passesForOverlappingAidsInIwmo() {
        // given two iWmo allocations of categories 12 and 13 and a generic one
        TestBerichten iwmo = TestBerichten.iwmo();
        StateStore state = freshState();
        accepted(state, iwmo.toewijzing("2026-02-20", BSN,
                toegewezen(501).product("12", "12X01").periode("2026-03-01", "2027-12-31").omvang(1, "84", "6")));
        // when a request adds another category-12 product and a category-13 one over the same period
        String request = iwmo.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(501),
                nieuw("12", "12X02", "2027-01-01").eind("2027-12-31").omvang(1, "84", "6"),
                nieuw("13", null, "2027-01-01").eind("2027-12-31"));
        // then
        assertThat(check(rule, request, state)).isEmpty();
    }
}
