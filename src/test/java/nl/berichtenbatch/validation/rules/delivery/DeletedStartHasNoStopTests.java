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

class DeletedStartHasNoStopTests {

    private static final String BSN = "999900006";
    private final DeletedStartHasNoStop rule = new DeletedStartHasNoStop();
    private final TestBerichten ijw = TestBerichten.ijw();

    private StateStore startedAndStopped() {
        StateStore state = freshState();
        accepted(state, ijw.start("2025-01-06", BSN, levering(667899L).begin("2025-01-05")));
        accepted(state, ijw.stop("2025-07-01", BSN, levering(667899L).begin("2025-01-05").stop("31", "2025-06-30")));
        return state;
    }

    @Test
    void passesWhenTheDeletedStartWasNotStopped() {
        // given a start without a stop
        StateStore state = freshState();
        accepted(state, ijw.start("2025-01-06", BSN, levering(667899L).begin("2025-01-05")));
        // when / then
        assertThat(check(rule, ijw.start("2025-01-07", BSN, levering(667899L).begin("2025-01-05").verwijder()), state))
                .isEmpty();
    }

    @Test
    void reportsWhenTheDeletedStartWasStopped() {
        var findings = check(rule, ijw.start("2025-07-02", BSN, levering(667899L).begin("2025-01-05").verwijder()),
                startedAndStopped());
        assertThat(codes(findings)).containsExactly("9071");
        assertThat(findings.get(0).location()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering");
    }

    @Test
    void passesWhenTheStopWasDeletedFirst() {
        // given the stop deleted again
        StateStore state = startedAndStopped();
        accepted(state, ijw.stop("2025-07-02", BSN, levering(667899L).begin("2025-01-05").stop("31", "2025-06-30")
                .verwijder()));
        // when / then
        assertThat(check(rule, ijw.start("2025-07-03", BSN, levering(667899L).begin("2025-01-05").verwijder()), state))
                .isEmpty();
    }

    @Test
    void passesForANewStartAndForAStopOfAnotherStart() {
        StateStore state = startedAndStopped();
        // a new start is not a deletion; a deletion of another Begindatum has no stop
        assertThat(check(rule, ijw.start("2025-07-02", BSN, levering(667899L).begin("2025-01-05")), state)).isEmpty();
        assertThat(check(rule, ijw.start("2025-07-02", BSN, levering(667899L).begin("2025-01-06").verwijder()), state))
                .isEmpty();
    }
}
