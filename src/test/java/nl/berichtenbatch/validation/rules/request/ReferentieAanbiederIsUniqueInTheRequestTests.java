package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ReferentieAanbiederIsUniqueInTheRequestTests {

    private static final String PRODUCTS = "Client/AangevraagdeProducten/";

    private final ReferentieAanbiederIsUniqueInTheRequest rule = new ReferentieAanbiederIsUniqueInTheRequest();

    @Test
    void passesWhenTheReferencesDiffer() {
        // given
        Fixture message = verzoekOmToewijzing().copy(PRODUCTS + "AangevraagdProduct")
                .set(PRODUCTS + "AangevraagdProduct[2]/ReferentieAanbieder", "VOT-2026-0043");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTwoReferencesAreEqual() {
        // given
        Fixture message = verzoekOmToewijzing().copy(PRODUCTS + "AangevraagdProduct");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/" + PRODUCTS + "AangevraagdProduct[1]/ReferentieAanbieder");
    }

    @Test
    void reportsWhenThreeReferencesAreEqual() {
        // given three equal references
        Fixture message = verzoekOmToewijzing().copy(PRODUCTS + "AangevraagdProduct")
                .copy(PRODUCTS + "AangevraagdProduct");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRODUCTS + "AangevraagdProduct[1]/ReferentieAanbieder",
                "/Bericht/" + PRODUCTS + "AangevraagdProduct[2]/ReferentieAanbieder");
    }
}
