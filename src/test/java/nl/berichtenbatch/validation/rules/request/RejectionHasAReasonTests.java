package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.antwoord;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class RejectionHasAReasonTests {

    private final RejectionHasAReason rule = new RejectionHasAReason();

    @Test
    void passesWhenARejectionHasAReason() {
        // given
        Fixture message = antwoord();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenARejectionHasNoReason() {
        // given
        Fixture message = antwoord().remove("Antwoord/RedenAfwijzingVerzoek");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Antwoord/VerzoekAntwoord");
    }

    @Test
    void passesWhenAnInvestigationHasNoReason() {
        // given
        Fixture message = antwoord().remove("Antwoord/RedenAfwijzingVerzoek").set("Antwoord/VerzoekAntwoord", "2");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
