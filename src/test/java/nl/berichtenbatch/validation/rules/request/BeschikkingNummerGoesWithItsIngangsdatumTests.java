package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class BeschikkingNummerGoesWithItsIngangsdatumTests {

    private static final String PRODUCT = "Client/AangevraagdeProducten/AangevraagdProduct";

    private final BeschikkingNummerGoesWithItsIngangsdatum rule = new BeschikkingNummerGoesWithItsIngangsdatum();

    @Test
    void passesWhenThereIsNoBeschikking() {
        // given
        Fixture message = verzoekOmToewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenBothAreGiven() {
        // given
        Fixture message = verzoekOmToewijzing().addAfter(PRODUCT + "/ReferentieAanbieder", "BeschikkingNummer", "123")
                .addAfter(PRODUCT + "/Product", "BeschikkingIngangsdatum", "2026-08-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheNumberHasNoIngangsdatum() {
        // given
        Fixture message = verzoekOmToewijzing().addAfter(PRODUCT + "/ReferentieAanbieder", "BeschikkingNummer", "123");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRODUCT
                + "/BeschikkingNummer");
    }

    @Test
    void reportsWhenTheIngangsdatumHasNoNumber() {
        // given
        Fixture message = verzoekOmToewijzing().addAfter(PRODUCT + "/Product", "BeschikkingIngangsdatum",
                "2026-08-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRODUCT
                + "/BeschikkingIngangsdatum");
    }
}
