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

class NoStopAfterADefinitiveStopTests {

    private static final String BSN = "999996770";
    private final NoStopAfterADefinitiveStop rule = new NoStopAfterADefinitiveStop();
    private final TestBerichten iwmo = TestBerichten.iwmo();

    private StateStore stopped(String reden) {
        StateStore state = freshState();
        accepted(state, iwmo.start("2025-05-16", BSN, levering(668877L).product("07", "07A12").begin("2025-05-15")));
        accepted(state, iwmo.stop("2025-06-21", BSN, levering(668877L).product("07", "07A12").begin("2025-05-15")
                .stop(reden, "2025-06-20")));
        return state;
    }

    @Test
    void reportsAStopAfterADefinitiveStop() {
        var findings = check(rule, iwmo.stop("2025-07-01", BSN, levering(668877L).product("07", "07A12")
                .begin("2025-05-15").stop("19", "2025-06-30")), stopped("23"));
        assertThat(codes(findings)).containsExactly("9415");
    }

    @Test
    void passesAfterATemporaryStop() {
        assertThat(check(rule, iwmo.stop("2025-07-01", BSN, levering(668877L).product("07", "07A12")
                .begin("2025-05-15").stop("19", "2025-06-30")), stopped("20"))).isEmpty();
    }

    @Test
    void passesWhenTheDefinitiveStopIsDeletedInTheSameMessage() {
        assertThat(check(rule, iwmo.stop("2025-07-01", BSN,
                levering(668877L).product("07", "07A12").begin("2025-05-15").stop("23", "2025-06-20").verwijder(),
                levering(668877L).product("07", "07A12").begin("2025-05-15").stop("19", "2025-06-30")),
                stopped("23"))).isEmpty();
    }

    @Test
    void reportsTheLaterOfTwoDefinitiveStopsInOneMessage() {
        var findings = check(rule, iwmo.stop("2025-07-01", BSN,
                levering(668877L).product("07", "07A12").begin("2025-05-15").stop("23", "2025-06-20"),
                levering(668877L).product("07", "07A12").begin("2025-05-15").stop("19", "2025-06-30")), freshState());
        assertThat(findings).extracting(f -> f.location()).containsExactly(
                "/Bericht/Client/StopProducten/StopProduct[2]/RedenBeeindiging");
    }
}
