package nl.berichtenbatch.validation.rules.contact;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ResidentialAddressHasAPostcodeTests {

    private final ResidentialAddressHasAPostcode rule = new ResidentialAddressHasAPostcode();

    @Test
    void passesWhenABrpAddressHasAPostcode() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenABrpAddressHasNoAddress() {
        // given the relation's contact keeps its telephone but loses its address
        Fixture message = toewijzing().remove("Client/Relaties/Relatie/Contact/Adres");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Relaties/Relatie/Contact/Soort");
    }

    @Test
    void reportsWhenAResidenceAddressHasNoPostcode() {
        // given
        Fixture message = toewijzing().set("Client/Contactgegevens/Contact/Soort", "03")
                .remove("Client/Contactgegevens/Contact/Adres/Postcode");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Contactgegevens/Contact/Soort");
    }

    @Test
    void passesWhenACorrespondenceAddressHasNoPostcode() {
        // given
        Fixture message = toewijzing().set("Client/Contactgegevens/Contact/Soort", "02")
                .remove("Client/Contactgegevens/Contact/Adres/Postcode");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
