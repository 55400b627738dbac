package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ReferrerWithACodeHasNoNameTests {

    private static final String VERWIJZER = "Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer";

    private final ReferrerWithACodeHasNoName rule = new ReferrerWithACodeHasNoName();

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
    void reportsWhenAGeneralPractitionerHasACodeAndAName() {
        // given
        Fixture message = verzoekOmToewijzing().addAfter(VERWIJZER + "/Type", "Naam", "Dokter Jansen");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + VERWIJZER + "/Naam",
                "/Bericht/" + VERWIJZER + "/Type", "/Bericht/" + VERWIJZER + "/ZorgverlenerCode");
    }

    @Test
    void passesWhenAMunicipalityHasAName() {
        // given type 01 (gemeente): CD068 forbids the code, CD066 does not look at it
        Fixture message = verzoekOmToewijzing().set(VERWIJZER + "/Type", "01")
                .addAfter(VERWIJZER + "/Type", "Naam", "Wijkteam Oost");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
