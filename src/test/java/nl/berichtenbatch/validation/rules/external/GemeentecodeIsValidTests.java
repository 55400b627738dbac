package nl.berichtenbatch.validation.rules.external;

import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

class GemeentecodeIsValidTests {

    private static final String BSN = "999900006";
    private final GemeentecodeIsValid rule = new GemeentecodeIsValid(CodeLists.bundled().gemeenten());

    @Test
    void passesForAValidGemeente() {
        assertThat(check(rule, TestBerichten.ijw().start("2026-01-06", BSN, levering(1L)), freshState())).isEmpty();
    }

    @Test
    void reportsAnUnknownCodeOnTheReceiverOrSender() {
        TestBerichten unknown = TestBerichten.ijw().between("0999", "42420001");
        var findings = check(rule, unknown.start("2026-01-06", BSN, levering(1L)), freshState());
        assertThat(codes(findings)).containsExactly("S300");
        assertThat(findings.get(0).location()).isEqualTo("/Bericht/Header/Ontvanger");
        assertThat(check(rule, unknown.toewijzing("2026-01-06", BSN, toegewezen(1)), freshState()))
                .extracting(f -> f.location()).containsExactly("/Bericht/Header/Afzender");
    }

    @Test
    void reportsACodeThatEndedInAMergerBeforeTheDagtekening() {
        // Weesp (0457) joined Amsterdam on 2022-03-24
        TestBerichten weesp = TestBerichten.iwmo().between("0457", "65656055");
        assertThat(codes(check(rule, weesp.start("2022-04-01", BSN, levering(1L).product("02", "02A01")), freshState())))
                .containsExactly("S300");
        assertThat(check(rule, weesp.start("2022-03-23", BSN, levering(1L).product("02", "02A01")), freshState()))
                .isEmpty();
    }

    @Test
    void acceptsAMergedCodeValidOnTheIngangsdatumOfTheAllocation() {
        TestBerichten weesp = TestBerichten.iwmo().between("0457", "65656055");
        // a 301 with an allocation that started before the merger
        assertThat(check(rule, weesp.toewijzing("2022-05-01", BSN, toegewezen(1).product("02", "02A01")
                .periode("2022-01-01", "2022-12-31")), freshState())).isEmpty();
        // a start on such an allocation
        StateStore state = freshState();
        accepted(state, weesp.toewijzing("2022-03-01", BSN, toegewezen(1).product("02", "02A01")
                .periode("2022-01-01", "2022-12-31")));
        assertThat(check(rule, weesp.start("2022-05-01", BSN, levering(1L).product("02", "02A01")), state)).isEmpty();
    }

    @Test
    void reportsAnUnknownWoonplaatsbeginselGemeenteOnItsClass() {
        TestBerichten ijw = TestBerichten.ijw();
        assertThat(check(rule, ijw.antwoord("2026-03-03", "R1", "1", "8", "1916"), freshState())).isEmpty();
        var findings = check(rule, ijw.antwoord("2026-03-03", "R1", "1", "8", "0999"), freshState());
        assertThat(findings).extracting(f -> f.location())
                .containsExactly("/Bericht/Antwoord/Woonplaatsbeginsel/Gemeente");
    }
}
