package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;

import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

/** A verzoek om toewijzing with R1 and R2 (processes.md CASE-14), seen by the aanbieder that sent it. */
final class AnswerFixtures {

    static final String BSN = "999900006";
    static final TestBerichten IJW = TestBerichten.ijw();

    private AnswerFixtures() {
    }

    static StateStore requested() {
        StateStore state = freshState();
        accepted(state, IJW.verzoekOmToewijzing("2026-03-01", BSN, aanvraag("R1").product("45", "45A03"),
                aanvraag("R2").product("45", "45A04")));
        return state;
    }
}
