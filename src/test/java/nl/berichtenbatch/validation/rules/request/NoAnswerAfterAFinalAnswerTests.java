package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.request.AnswerFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.state.StateStore;

class NoAnswerAfterAFinalAnswerTests {

    private final NoAnswerAfterAFinalAnswer rule = new NoAnswerAfterAFinalAnswer();

    @Test
    void reportsAnyAnswerAfterARejection() {
        StateStore state = AnswerFixtures.requested();
        accepted(state, IJW.antwoord("2026-03-03", "R1", "1", "4", null));
        assertThat(codes(check(rule, IJW.antwoord("2026-03-10", "R1", "1", "7", null), state))).containsExactly("9365");
        assertThat(codes(check(rule, IJW.antwoord("2026-03-10", "R1", "2", null, null), state))).containsExactly("9365");
    }

    @Test
    void passesAfterAnInvestigationOnly() {
        StateStore state = AnswerFixtures.requested();
        accepted(state, IJW.antwoord("2026-03-03", "R1", "2", null, null));
        assertThat(check(rule, IJW.antwoord("2026-03-10", "R1", "1", "4", null), state)).isEmpty();
        assertThat(check(rule, IJW.antwoord("2026-03-10", "R2", "1", "4", null), AnswerFixtures.requested())).isEmpty();
    }
}
