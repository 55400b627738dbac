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

class OneCurrentStartPerProductTests {

    private static final String BSN = "999900006";
    private final OneCurrentStartPerProduct rule = new OneCurrentStartPerProduct();
    private final TestBerichten ijw = TestBerichten.ijw();

    private StateStore started() {
        StateStore state = freshState();
        accepted(state, ijw.start("2025-01-06", BSN, levering(667899L).begin("2025-01-05")));
        return state;
    }

    @Test
    void passesForAFirstStart() {
        assertThat(check(rule, ijw.start("2025-01-06", BSN, levering(667899L).begin("2025-01-05")), freshState()))
                .isEmpty();
    }

    @Test
    void reportsASecondStartWithoutAStop() {
        var findings = check(rule, ijw.start("2025-02-06", BSN, levering(667899L).begin("2025-02-01")), started());
        assertThat(codes(findings)).containsExactly("9326");
        assertThat(findings.get(0).location()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[1]");
    }

    @Test
    void passesAfterATemporaryStop() {
        StateStore state = started();
        accepted(state, ijw.stop("2025-02-01", BSN, levering(667899L).begin("2025-01-05").stop("20", "2025-01-31")));
        assertThat(check(rule, ijw.start("2025-02-06", BSN, levering(667899L).begin("2025-02-01")), state)).isEmpty();
    }

    @Test
    void passesWhenTheOpenStartIsDeletedInTheSameMessage() {
        assertThat(check(rule, ijw.start("2025-01-08", BSN, levering(667899L).begin("2025-01-05").verwijder(),
                levering(667899L).begin("2025-01-07")), started())).isEmpty();
    }

    @Test
    void reportsTheSecondOfTwoStartsInOneMessage() {
        var findings = check(rule, ijw.start("2025-01-08", BSN, levering(667899L).begin("2025-01-05"),
                levering(667899L).begin("2025-01-07")), freshState());
        assertThat(findings).extracting(f -> f.location())
                .containsExactly("/Bericht/Client/StartProducten/StartProduct[2]");
    }

    @Test
    void passesForAnotherProductOrAllocation() {
        assertThat(check(rule, ijw.start("2025-02-06", BSN, levering(667899L).product("45", "45A03")
                .begin("2025-02-01"), levering(667900L).begin("2025-02-01")), started())).isEmpty();
    }
}
