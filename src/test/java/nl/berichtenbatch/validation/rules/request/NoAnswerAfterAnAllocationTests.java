package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.request.AnswerFixtures.BSN;
import static nl.berichtenbatch.validation.rules.request.AnswerFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.state.StateStore;

class NoAnswerAfterAnAllocationTests {

    private final NoAnswerAfterAnAllocation rule = new NoAnswerAfterAnAllocation();

    private StateStore r2Honoured() {
        StateStore state = AnswerFixtures.requested();
        accepted(state, IJW.toewijzing("2026-03-05", BSN, toegewezen(300102).product("45", "45A04")
                .periode("2026-04-01", "2026-09-30").referentie("R2")));
        return state;
    }

    @Test
    void reportsAnAnswerToAHonouredRequest() {
        var findings = check(rule, IJW.antwoord("2026-03-06", "R2", "1", "4", null), r2Honoured());
        assertThat(codes(findings)).containsExactly("9359");
    }

    @Test
    void passesForARequestNotHonoured() {
        assertThat(check(rule, IJW.antwoord("2026-03-06", "R1", "2", null, null), r2Honoured())).isEmpty();
    }
}
