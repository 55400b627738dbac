package nl.berichtenbatch.validation.rules.request;

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

import nl.berichtenbatch.state.StateStore;

class NoOmvangForAnAllocationWithoutProductCodeTests {

    private final NoOmvangForAnAllocationWithoutProductCode rule = new NoOmvangForAnAllocationWithoutProductCode();

    @Test
    void reportsAnOmvangForAnAspecificAllocation() {
        var findings = check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(789), ongewijzigd(910),
                ongewijzigd(930), teWijzigen(920, "2026-03-01").eind("2027-12-31").omvang(4, "04", "2")),
                RequestFixtures.withBudgetAllocation());
        assertThat(codes(findings)).containsExactly("9412");
        assertThat(findings.get(0).location()).endsWith("TeWijzigenProduct[1]/Omvang");
    }

    @Test
    void passesForAnAspecificAllocationThatEndedIn2020() {
        // given an aspecific allocation that ended before 2021 (Omvang was then still allowed)
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2020-01-01", BSN, toegewezen(950).aspecifiek("46", null)
                .periode("2020-01-01", "2020-12-31")));
        // when / then
        assertThat(check(rule, IJW.verzoekOmWijziging("2020-10-10", BSN, "W1", teWijzigen(950, "2020-01-01")
                .eind("2020-12-31").omvang(4, "04", "2")), state)).isEmpty();
    }

    @Test
    void passesForASpecificAllocation() {
        assertThat(check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, "2026-03-01").eind("2026-12-31").omvang(3, "04", "2")), RequestFixtures.allocated()))
                .isEmpty();
    }
}
