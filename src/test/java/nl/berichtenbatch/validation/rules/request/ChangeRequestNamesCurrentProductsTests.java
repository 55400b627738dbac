package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijziging;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijzigingWithNieuwProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ChangeRequestNamesCurrentProductsTests {

    private final ChangeRequestNamesCurrentProducts rule = new ChangeRequestNamesCurrentProducts();

    @Test
    void passesWhenThereIsAProductToChange() {
        // given
        Fixture message = verzoekOmWijziging();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenThereIsAnUnchangedProduct() {
        // given the product to change becomes an unchanged one, next to a new product
        Fixture message = verzoekOmWijzigingWithNieuwProduct().remove("Client/Verzoek/TeWijzigenProducten")
                .addXmlAfter("Client/Verzoek/RedenVerzoek", "<m:OngewijzigdeProducten><m:OngewijzigdProduct>"
                        + "<m:ToewijzingNummer>1001</m:ToewijzingNummer></m:OngewijzigdProduct>"
                        + "</m:OngewijzigdeProducten>");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenThereIsOnlyANewProduct() {
        // given
        Fixture message = verzoekOmWijzigingWithNieuwProduct().remove("Client/Verzoek/TeWijzigenProducten");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Verzoek");
    }
}
