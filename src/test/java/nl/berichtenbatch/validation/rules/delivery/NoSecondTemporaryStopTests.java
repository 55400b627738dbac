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

class NoSecondTemporaryStopTests {

    private static final String BSN = "999996770";
    private final NoSecondTemporaryStop rule = new NoSecondTemporaryStop();
    private final TestBerichten iwmo = TestBerichten.iwmo();

    private StateStore temporarilyStopped() {
        StateStore state = freshState();
        accepted(state, iwmo.start("2025-05-16", BSN, levering(668877L).product("07", "07A12").begin("2025-05-15")));
        accepted(state, iwmo.stop("2025-06-21", BSN, levering(668877L).product("07", "07A12").begin("2025-05-15")
                .stop("20", "2025-06-20")));
        return state;
    }

    @Test
    void reportsASecondTemporaryStop() {
        var findings = check(rule, iwmo.stop("2025-06-26", BSN, levering(668877L).product("07", "07A12")
                .begin("2025-05-15").stop("20", "2025-06-25")), temporarilyStopped());
        assertThat(codes(findings)).containsExactly("9413");
        assertThat(findings.get(0).location()).endsWith("StopProduct[1]/RedenBeeindiging");
    }

    @Test
    void passesForADefinitiveStopAfterATemporaryOne() {
        assertThat(check(rule, iwmo.stop("2025-06-26", BSN, levering(668877L).product("07", "07A12")
                .begin("2025-05-15").stop("23", "2025-06-20")), temporarilyStopped())).isEmpty();
    }

    @Test
    void passesForATemporaryStopOfAnotherStart() {
        assertThat(check(rule, iwmo.stop("2025-06-26", BSN, levering(668877L).product("07", "07A12")
                .begin("2025-05-16").stop("20", "2025-06-25")), temporarilyStopped())).isEmpty();
    }

    @Test
    void passesWhenTheFirstTemporaryStopIsDeletedInTheSameMessage() {
        assertThat(check(rule, iwmo.stop("2025-06-26", BSN,
                levering(668877L).product("07", "07A12").begin("2025-05-15").stop("20", "2025-06-20").verwijder(),
                levering(668877L).product("07", "07A12").begin("2025-05-15").stop("20", "2025-06-25")),
                temporarilyStopped())).isEmpty();
    }
}
