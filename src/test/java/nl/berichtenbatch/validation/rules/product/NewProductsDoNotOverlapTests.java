package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijzigingWithNieuwProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class NewProductsDoNotOverlapTests {

    private static final String PRODUCTS = "Client/Verzoek/NieuweProducten/";
    private static final String SECOND = PRODUCTS + "NieuwProduct[2]";

    private final NewProductsDoNotOverlap rule = new NewProductsDoNotOverlap();

    private static Fixture twoNewProducts() {
        return verzoekOmWijzigingWithNieuwProduct().copy(PRODUCTS + "NieuwProduct")
                .set(SECOND + "/GewensteIngangsdatum", "2027-01-01");
    }

    @Test
    void passesWhenThereIsOneNewProduct() {
        // given
        Fixture message = verzoekOmWijzigingWithNieuwProduct();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheSameNewProductOverlaps() {
        // given
        Fixture message = twoNewProducts();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRODUCTS + "NieuwProduct[1]", "/Bericht/" + SECOND);
    }

    @Test
    void passesWhenTheProductsDiffer() {
        // given
        Fixture message = twoNewProducts().set(SECOND + "/Product/Code", "45A03");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
