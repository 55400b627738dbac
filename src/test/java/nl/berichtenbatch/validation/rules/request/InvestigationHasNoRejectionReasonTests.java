package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.antwoord;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class InvestigationHasNoRejectionReasonTests {

    private final InvestigationHasNoRejectionReason rule = new InvestigationHasNoRejectionReason();

    @Test
    void passesWhenAnInvestigationHasNoReason() {
        // given
        Fixture message = antwoord().remove("Antwoord/RedenAfwijzingVerzoek").set("Antwoord/VerzoekAntwoord", "2");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAnInvestigationHasAReason() {
        // given
        Fixture message = antwoord().set("Antwoord/VerzoekAntwoord", "2");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Antwoord/RedenAfwijzingVerzoek",
                "/Bericht/Antwoord/VerzoekAntwoord");
    }

    @Test
    void passesWhenARejectionHasAReason() {
        // given
        Fixture message = antwoord();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
