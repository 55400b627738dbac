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

class UnchangedProductIsAnActualAllocationTests {

    private final UnchangedProductIsAnActualAllocation rule = new UnchangedProductIsAnActualAllocation();

    private String request(long unchanged) {
        return IJW.verzoekOmWijziging("2026-10-01", BSN, "W1", ongewijzigd(unchanged),
                teWijzigen(789, "2026-12-01").eind("2027-12-31").omvang(4, "04", "2"));
    }

    @Test
    void passesForAnActualAllocation() {
        assertThat(check(rule, request(910), RequestFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsAnUnknownNumber() {
        var findings = check(rule, request(911), RequestFixtures.allocated());
        assertThat(codes(findings)).containsExactly("9350");
        assertThat(findings.get(0).location()).endsWith("OngewijzigdProduct[1]/ToewijzingNummer");
    }

    @Test
    void reportsAnEndedOrDeletedAllocation() {
        StateStore state = RequestFixtures.allocated();
        accepted(state, IJW.toewijzing("2026-11-01", BSN, toegewezen(910).product("45", "45A03")
                .toegewezenOp("2026-11-01", "09:00:00").periode("2026-03-01", "2026-11-22").omvang(4, "16", "4")
                .reden("05")));
        assertThat(codes(check(rule, request(910), state))).containsExactly("9350");
    }
}
