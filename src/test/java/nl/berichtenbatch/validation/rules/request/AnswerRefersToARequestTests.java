package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.request.AnswerFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerRefersToARequestTests {

    private final AnswerRefersToARequest rule = new AnswerRefersToARequest();

    @Test
    void passesForAKnownRequest() {
        assertThat(check(rule, IJW.antwoord("2026-03-03", "R1", "1", "4", null), AnswerFixtures.requested())).isEmpty();
    }

    @Test
    void reportsAnUnknownReference() {
        var findings = check(rule, IJW.antwoord("2026-03-03", "R9", "1", "4", null), AnswerFixtures.requested());
        assertThat(codes(findings)).containsExactly("9355");
        assertThat(findings.get(0).location()).isEqualTo("/Bericht/Antwoord/ReferentieAanbieder");
    }

    @Test
    void reportsARequestToAnotherGemeente() {
        assertThat(codes(check(rule, IJW.between("0363", "42420001").antwoord("2026-03-03", "R1", "1", "4", null),
                AnswerFixtures.requested()))).containsExactly("9355");
    }
}
