package nl.berichtenbatch.validation.rules.request;

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

class NoOmvangForAnAllocationWithoutProductTests {

    private final NoOmvangForAnAllocationWithoutProduct rule = new NoOmvangForAnAllocationWithoutProduct();

    private static StateStore generic() {
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2026-02-20", BSN, toegewezen(940).generiek(500000)
                .periode("2026-03-01", "2027-12-31")));
        return state;
    }

    @Test
    void reportsAnOmvangForAGenericAllocation() {
        var findings = check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", teWijzigen(940, "2026-03-01")
                .eind("2028-06-30").omvang(4, "04", "2")), generic());
        assertThat(codes(findings)).containsExactly("9375");
        assertThat(findings.get(0).location()).endsWith("TeWijzigenProduct[1]/Omvang");
    }

    @Test
    void passesWithoutOmvangAndForASpecificAllocation() {
        assertThat(check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", teWijzigen(940, "2026-03-01")
                .eind("2028-06-30").budget(600000)), generic())).isEmpty();
        assertThat(check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", teWijzigen(789, "2026-12-01")
                .eind("2027-12-31").omvang(4, "04", "2")), RequestFixtures.allocated())).isEmpty();
    }
}
