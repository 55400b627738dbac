package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.nieuw;
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

class ChangeRequestNamesEveryActualAllocationTests {

    private final ChangeRequestNamesEveryActualAllocation rule = new ChangeRequestNamesEveryActualAllocation();

    @Test
    void passesWhenEveryActualAllocationIsNamed() {
        assertThat(check(rule, IJW.verzoekOmWijziging("2026-10-01", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, "2026-12-01").eind("2027-12-31").omvang(4, "04", "2"),
                nieuw("45", "45A04", "2028-01-01").eind("2028-06-30").omvang(2, "04", "2")),
                RequestFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsAnOmittedActualAllocationOnTheVerzoek() {
        var findings = check(rule, IJW.verzoekOmWijziging("2026-10-01", BSN, "W1",
                teWijzigen(789, "2026-12-01").eind("2027-12-31").omvang(4, "04", "2")), RequestFixtures.allocated());
        assertThat(codes(findings)).containsExactly("9349");
        assertThat(findings.get(0).location()).isEqualTo("/Bericht/Client/Verzoek");
    }

    @Test
    void passesWhenTheOmittedAllocationEndedBeforeTheRunDateOrWasDeleted() {
        // given 910 ended the day before the run date (2026-11-23) and 930 deleted
        StateStore state = RequestFixtures.allocated();
        accepted(state, IJW.toewijzing("2026-11-01", BSN, toegewezen(910).product("45", "45A03")
                .toegewezenOp("2026-11-01", "09:00:00").periode("2026-03-01", "2026-11-22").omvang(4, "16", "4")
                .reden("05"), toegewezen(930).periode("2026-12-01", "2026-12-01").reden("13")));
        // when / then
        assertThat(check(rule, IJW.verzoekOmWijziging("2026-11-20", BSN, "W1",
                teWijzigen(789, "2026-12-01").eind("2027-12-31").omvang(4, "04", "2")), state)).isEmpty();
    }

    @Test
    void reportsAnAllocationThatEndsOnTheRunDate() {
        StateStore state = RequestFixtures.allocated();
        accepted(state, IJW.toewijzing("2026-11-01", BSN, toegewezen(910).product("45", "45A03")
                .toegewezenOp("2026-11-01", "09:00:00").periode("2026-03-01", "2026-11-23").omvang(4, "16", "4")
                .reden("05")));
        assertThat(codes(check(rule, IJW.verzoekOmWijziging("2026-11-20", BSN, "W1",
                teWijzigen(789, "2026-12-01").eind("2027-12-31").omvang(4, "04", "2")), state)))
                .containsExactly("9349");
    }
}
