package nl.berichtenbatch.validation.rules.allocation;

import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

class ToewijzingNummerIsUniqueTests {

    private final ToewijzingNummerIsUnique rule = new ToewijzingNummerIsUnique();
    private final TestBerichten ijw = TestBerichten.ijw();

    private StateStore allocated() {
        StateStore state = freshState();
        accepted(state, ijw.toewijzing("2025-01-01", "999900006", toegewezen(667899)));
        return state;
    }

    @Test
    void passesForANewNumberAndForTheSameClientAgain() {
        StateStore state = allocated();
        assertThat(check(rule, ijw.toewijzing("2025-01-02", "999900018", toegewezen(667900)), state)).isEmpty();
        assertThat(check(rule, ijw.toewijzing("2025-05-10", "999900006", toegewezen(667899).reden("04")), state))
                .isEmpty();
    }

    @Test
    void reportsANumberOfAnotherClient() {
        var findings = check(rule, ijw.toewijzing("2025-01-02", "999900018", toegewezen(667899)), allocated());
        assertThat(codes(findings)).containsExactly("9332");
        assertThat(findings.get(0).location()).isEqualTo(
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/ToewijzingNummer");
    }

    @Test
    void reportsANumberTheGemeenteGaveAnotherAanbieder() {
        // given the number used by the same gemeente for another client at another aanbieder
        StateStore state = freshState();
        accepted(state, ijw.between("0384", "42420002").toewijzing("2025-01-01", "999900006", toegewezen(667899)));
        // when / then
        assertThat(codes(check(rule, ijw.toewijzing("2025-01-02", "999900018", toegewezen(667899)), state)))
                .containsExactly("9332");
    }

    @Test
    void passesForTheSameNumberOfAnotherGemeenteOrStandard() {
        StateStore state = freshState();
        accepted(state, ijw.between("0363", "42420001").toewijzing("2025-01-01", "999900006", toegewezen(667899)));
        accepted(state, TestBerichten.of(nl.berichtenbatch.message.Standard.IWMO, "0384", "42420001")
                .toewijzing("2025-01-01", "999900006", toegewezen(667899).product("02", "02A01")));
        assertThat(check(rule, ijw.toewijzing("2025-01-02", "999900018", toegewezen(667899)), state)).isEmpty();
    }
}
