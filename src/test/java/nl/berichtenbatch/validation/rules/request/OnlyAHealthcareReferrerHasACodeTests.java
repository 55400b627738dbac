package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class OnlyAHealthcareReferrerHasACodeTests {

    private static final String VERWIJZER = "Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer";

    private final OnlyAHealthcareReferrerHasACode rule = new OnlyAHealthcareReferrerHasACode();

    @Test
    void passesWhenAGeneralPractitionerHasACode() {
        // given
        Fixture message = verzoekOmToewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenAMedicalSpecialistHasACode() {
        // given type 05, the last type with a code
        Fixture message = verzoekOmToewijzing().set(VERWIJZER + "/Type", "05");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenASelfReferralHasACode() {
        // given
        Fixture message = verzoekOmToewijzing().set(VERWIJZER + "/Type", "06");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + VERWIJZER + "/Type",
                "/Bericht/" + VERWIJZER + "/ZorgverlenerCode");
    }
}
