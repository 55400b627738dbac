package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.BSN;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.state.StateStore;

class ProductToChangeIsAnActualAllocationTests {

    private final ProductToChangeIsAnActualAllocation rule = new ProductToChangeIsAnActualAllocation();

    private String request(long toChange) {
        return IJW.verzoekOmWijziging("2026-10-01", BSN, "W1", ongewijzigd(910),
                teWijzigen(toChange, "2026-12-01").eind("2027-12-31").omvang(4, "04", "2"));
    }

    @Test
    void passesForAnActualAllocation() {
        assertThat(check(rule, request(789), RequestFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsAnUnknownNumber() {
        var findings = check(rule, request(790), RequestFixtures.allocated());
        assertThat(codes(findings)).containsExactly("9351");
        assertThat(findings.get(0).location()).endsWith("TeWijzigenProduct[1]/ToewijzingNummer");
    }

    @Test
    void reportsADeletedAllocation() {
        StateStore state = RequestFixtures.allocated();
        accepted(state, IJW.toewijzing("2026-09-01", BSN, toegewezen(789).product("45", "45A01")
                .toegewezenOp("2026-09-01", "09:00:00").periode("2026-03-01", "2026-03-01").omvang(3, "04", "2")
                .reden("13")));
        assertThat(codes(check(rule, request(789), state))).containsExactly("9351");
    }
}
