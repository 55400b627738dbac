package nl.berichtenbatch.validation.rules.delivery;

import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

class StopDoesNotEndBeforeAnEarlierStopTests {

    private static final String BSN = "999996770";
    private final StopDoesNotEndBeforeAnEarlierStop rule = new StopDoesNotEndBeforeAnEarlierStop();
    private final TestBerichten iwmo = TestBerichten.iwmo();

    private StateStore temporarilyStopped() {
        StateStore state = freshState();
        accepted(state, iwmo.start("2025-05-16", BSN, levering(668877L).product("07", "07A12").begin("2025-05-15")));
        accepted(state, iwmo.stop("2025-06-21", BSN, levering(668877L).product("07", "07A12").begin("2025-05-15")
                .stop("20", "2025-06-20")));
        return state;
    }

    @Test
    void reportsADefinitiveStopBeforeTheTemporaryOne() {
        var findings = check(rule, iwmo.stop("2025-06-26", BSN, levering(668877L).product("07", "07A12")
                .begin("2025-05-15").stop("23", "2025-06-19")), temporarilyStopped());
        assertThat(codes(findings)).containsExactly("9414");
        assertThat(findings.get(0).location()).endsWith("StopProduct[1]/Einddatum");
    }

    @Test
    void passesOnTheSameDayAndLater() {
        StateStore state = temporarilyStopped();
        assertThat(check(rule, iwmo.stop("2025-06-26", BSN, levering(668877L).product("07", "07A12")
                .begin("2025-05-15").stop("23", "2025-06-20")), state)).isEmpty();
        assertThat(check(rule, iwmo.stop("2025-06-28", BSN, levering(668877L).product("07", "07A12")
                .begin("2025-05-15").stop("23", "2025-06-27")), state)).isEmpty();
    }

    @Test
    void passesWithoutAnEarlierStop() {
        assertThat(check(rule, iwmo.stop("2025-06-26", BSN, levering(668877L).product("07", "07A12")
                .begin("2025-05-15").stop("23", "2025-06-01")), freshState())).isEmpty();
    }
}
