package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijzigingWithNieuwProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ProductCodeComesWithOmvangTests {

    private final ProductCodeComesWithOmvang rule = new ProductCodeComesWithOmvang();

    @Test
    void passesWhenASpecificAllocationHasAnOmvang() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenASpecificAllocationHasNoOmvang() {
        // given
        Fixture message = toewijzing().remove("Client/ToegewezenProducten/ToegewezenProduct/Omvang");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product/Code");
    }

    @Test
    void passesWhenAnAspecificAllocationHasNoOmvang() {
        // given
        Fixture message = toewijzing().remove("Client/ToegewezenProducten/ToegewezenProduct/Omvang")
                .remove("Client/ToegewezenProducten/ToegewezenProduct/Product/Code");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenARequestedOrNewSpecificProductHasNoOmvang() {
        // given
        Fixture request = verzoekOmToewijzing().remove("Client/AangevraagdeProducten/AangevraagdProduct/Omvang");
        Fixture change = verzoekOmWijzigingWithNieuwProduct()
                .remove("Client/Verzoek/NieuweProducten/NieuwProduct/Omvang");
        // when
        List<Finding> requestFindings = request.check(rule);
        List<Finding> changeFindings = change.check(rule);
        // then
        assertThat(requestFindings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Product/Code");
        assertThat(changeFindings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Product/Code");
    }
}
