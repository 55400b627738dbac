package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.request.AnswerFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.state.StateStore;

class InvestigationIsTheFirstAnswerTests {

    private final InvestigationIsTheFirstAnswer rule = new InvestigationIsTheFirstAnswer();

    @Test
    void passesForAFirstInvestigation() {
        assertThat(check(rule, IJW.antwoord("2026-03-03", "R1", "2", null, null), AnswerFixtures.requested())).isEmpty();
    }

    @Test
    void reportsASecondInvestigation() {
        StateStore state = AnswerFixtures.requested();
        accepted(state, IJW.antwoord("2026-03-03", "R1", "2", null, null));
        var findings = check(rule, IJW.antwoord("2026-03-10", "R1", "2", null, null), state);
        assertThat(codes(findings)).containsExactly("9360");
        assertThat(findings.get(0).location()).isEqualTo("/Bericht/Antwoord/VerzoekAntwoord");
    }

    @Test
    void passesForARejectionAfterAnInvestigation() {
        StateStore state = AnswerFixtures.requested();
        accepted(state, IJW.antwoord("2026-03-03", "R1", "2", null, null));
        assertThat(check(rule, IJW.antwoord("2026-03-10", "R1", "1", "4", null), state)).isEmpty();
    }
}
