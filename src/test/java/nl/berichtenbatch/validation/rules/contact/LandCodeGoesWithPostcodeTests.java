package nl.berichtenbatch.validation.rules.contact;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class LandCodeGoesWithPostcodeTests {

    private final LandCodeGoesWithPostcode rule = new LandCodeGoesWithPostcode();

    @Test
    void passesWhenBothAreGiven() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenNeitherIsGiven() {
        // given an address abroad without postcode and country
        Fixture message = toewijzing().remove("Client/Contactgegevens/Contact/Adres/Postcode")
                .remove("Client/Contactgegevens/Contact/Adres/LandCode");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenThereIsALandCodeWithoutPostcode() {
        // given
        Fixture message = toewijzing().remove("Client/Relaties/Relatie/Contact/Adres/Postcode");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Relaties/Relatie/Contact/Adres/LandCode");
    }

    @Test
    void reportsWhenThereIsAPostcodeWithoutLandCode() {
        // given
        Fixture message = toewijzing().remove("Client/Contactgegevens/Contact/Adres/LandCode");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Contactgegevens/Contact/Adres/Postcode");
    }
}
