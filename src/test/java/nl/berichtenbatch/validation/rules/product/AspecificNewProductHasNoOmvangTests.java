package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijzigingWithNieuwProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class AspecificNewProductHasNoOmvangTests {

    private static final String PRODUCT = "Client/Verzoek/NieuweProducten/NieuwProduct";

    private final AspecificNewProductHasNoOmvang rule = new AspecificNewProductHasNoOmvang();

    @Test
    void passesWhenASpecificNewProductHasAnOmvang() {
        // given
        Fixture message = verzoekOmWijzigingWithNieuwProduct();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAnAspecificNewProductHasAnOmvang() {
        // given
        Fixture message = verzoekOmWijzigingWithNieuwProduct().remove(PRODUCT + "/Product/Code");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRODUCT + "/Einddatum",
                "/Bericht/" + PRODUCT + "/Omvang");
    }

    @Test
    void passesWhenAnAspecificNewProductHasNoOmvang() {
        // given
        Fixture message = verzoekOmWijzigingWithNieuwProduct().remove(PRODUCT + "/Product/Code")
                .remove(PRODUCT + "/Omvang");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
