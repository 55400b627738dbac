package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ReferrerWithoutACodeHasANameTests {

    private static final String VERWIJZER = "Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer";

    private final ReferrerWithoutACodeHasAName rule = new ReferrerWithoutACodeHasAName();

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
    void passesWhenAGeneralPractitionerHasANameInsteadOfACode() {
        // given
        Fixture message = verzoekOmToewijzing().remove(VERWIJZER + "/ZorgverlenerCode")
                .addAfter(VERWIJZER + "/Type", "Naam", "Dokter Jansen");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAGeneralPractitionerHasNeither() {
        // given
        Fixture message = verzoekOmToewijzing().remove(VERWIJZER + "/ZorgverlenerCode");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + VERWIJZER + "/Type");
    }

    @Test
    void passesWhenASelfReferralHasNeither() {
        // given type 06 (zelfverwijzer)
        Fixture message = verzoekOmToewijzing().remove(VERWIJZER + "/ZorgverlenerCode").set(VERWIJZER + "/Type", "06");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
