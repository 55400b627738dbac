package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class RequestedProductsDoNotOverlapTests {

    private static final String PRODUCTS = "Client/AangevraagdeProducten/";
    private static final String SECOND = PRODUCTS + "AangevraagdProduct[2]";

    private final RequestedProductsDoNotOverlap rule = new RequestedProductsDoNotOverlap();

    private static Fixture twoRequests() {
        return verzoekOmToewijzing().copy(PRODUCTS + "AangevraagdProduct")
                .set(SECOND + "/ReferentieAanbieder", "VOT-2026-0043");
    }

    @Test
    void passesWhenThereIsOneRequestedProduct() {
        // given
        Fixture message = verzoekOmToewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheSameProductIsRequestedTwiceOverlapping() {
        // given
        Fixture message = twoRequests();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRODUCTS + "AangevraagdProduct[1]", "/Bericht/" + SECOND);
    }

    @Test
    void passesWhenTheSameProductIsRequestedForTheNextPeriod() {
        // given
        Fixture message = twoRequests().set(SECOND + "/ToewijzingIngangsdatum", "2027-04-01")
                .set(SECOND + "/ToewijzingEinddatum", "2027-09-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
