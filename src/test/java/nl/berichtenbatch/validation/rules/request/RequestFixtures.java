package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;

import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

/**
 * The allocations a verzoek om wijziging starts from (processes.md CASE-19, moved so that they are actual on the
 * test run date 2026-11-23): 789 (45/45A01, 3 hours per week) and 910 (45/45A03, 4 dagdelen per month), both
 * 2026-03-01 to 2027-12-31, and 920, an aspecific allocation (45) with a budget.
 */
final class RequestFixtures {

    static final String BSN = "999900006";
    static final String OTHER_BSN = "999900018";
    static final TestBerichten IJW = TestBerichten.ijw();

    private RequestFixtures() {
    }

    static StateStore allocated() {
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2026-02-20", BSN,
                toegewezen(789).product("45", "45A01").periode("2026-03-01", "2027-12-31").omvang(3, "04", "2"),
                toegewezen(910).product("45", "45A03").periode("2026-03-01", "2027-12-31").omvang(4, "16", "4")));
        return state;
    }

    static StateStore withBudgetAllocation() {
        StateStore state = allocated();
        accepted(state, IJW.toewijzing("2026-02-21", BSN,
                toegewezen(920).aspecifiek("46", 100000L).periode("2026-03-01", "2027-12-31"),
                toegewezen(930).product("46", "46A01").periode("2026-03-01", "2027-12-31").omvang(20, "04", "6")));
        return state;
    }
}
