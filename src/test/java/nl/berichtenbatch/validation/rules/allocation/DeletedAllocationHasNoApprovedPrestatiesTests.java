package nl.berichtenbatch.validation.rules.allocation;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

class DeletedAllocationHasNoApprovedPrestatiesTests {

    private static final String BSN = "999900006";
    private final DeletedAllocationHasNoApprovedPrestaties rule = new DeletedAllocationHasNoApprovedPrestaties();
    private final TestBerichten ijw = TestBerichten.ijw();

    private final String deletion = ijw.toewijzing("2026-05-10", BSN, toegewezen(300201)
            .periode("2026-04-01", "2026-04-01").reden("13"));

    private StateStore declared() {
        StateStore state = freshState();
        accepted(state, ijw.toewijzing("2026-03-20", BSN, toegewezen(300201).periode("2026-04-01", "2026-09-30")));
        accepted(state, ijw.declaratie("2026-05-05", "DN001", "2026-04", client(BSN, prestatie("RN001", 300201))));
        return state;
    }

    @Test
    void passesWithoutPrestaties() {
        StateStore state = freshState();
        accepted(state, ijw.toewijzing("2026-03-20", BSN, toegewezen(300201).periode("2026-04-01", "2026-09-30")));
        assertThat(check(rule, deletion, state)).isEmpty();
    }

    @Test
    void reportsADeletionOfAnAllocationWithAnApprovedPrestatie() {
        var findings = check(rule, deletion, declared());
        assertThat(codes(findings)).containsExactly("9385");
        assertThat(findings.get(0).location()).endsWith("ToegewezenProduct[1]/RedenWijziging");
    }

    @Test
    void passesWhenThePrestatieWasCreditedOrRejected() {
        StateStore state = declared();
        accepted(state, ijw.declaratie("2026-06-05", "DN002", "2026-05", client(BSN, prestatie("RN002", 300201)
                .credit("RN001"))));
        assertThat(check(rule, deletion, state)).isEmpty();

        StateStore rejected = freshState();
        accepted(rejected, ijw.toewijzing("2026-03-20", BSN, toegewezen(300201).periode("2026-04-01", "2026-09-30")));
        long id = accepted(rejected, ijw.declaratie("2026-05-05", "DN001", "2026-04",
                client(BSN, prestatie("RN001", 300201))));
        rejected.markPrestatiesRejected(id, List.of("RN001"));
        assertThat(check(rule, deletion, rejected)).isEmpty();
    }

    @Test
    void passesForAnotherChangeOfTheAllocation() {
        assertThat(check(rule, ijw.toewijzing("2026-05-10", BSN, toegewezen(300201).periode("2026-04-01", "2026-04-30")
                .reden("05")), declared())).isEmpty();
    }
}
