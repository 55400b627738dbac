package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijzigingWithNieuwProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ProductIsGivenWithoutBudgetTests {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    private final ProductIsGivenWithoutBudget rule = new ProductIsGivenWithoutBudget();

    @Test
    void passesWhenTheProductIsGiven() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenAGenericAllocationHasABudget() {
        // given
        Fixture message = toewijzing().remove(PRODUCT + "/Product").remove(PRODUCT + "/Omvang")
                .addAfter(PRODUCT + "/Einddatum", "Budget", "150000");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAnAllocationHasNeitherProductNorBudget() {
        // given
        Fixture message = toewijzing().remove(PRODUCT + "/Product");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRODUCT);
    }

    @Test
    void reportsWhenANewProductHasNeitherProductNorBudget() {
        // given
        Fixture message = verzoekOmWijzigingWithNieuwProduct()
                .remove("Client/Verzoek/NieuweProducten/NieuwProduct/Product");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct");
    }
}
