package nl.berichtenbatch.validation.rules.contact;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ContactCanBeReachedTests {

    private final ContactCanBeReached rule = new ContactCanBeReached();

    @Test
    void passesWhenEveryContactHasATelephoneAndAnAddress() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenThereIsAnAddressButNoTelephone() {
        // given
        Fixture message = toewijzing().remove("Client/Contactgegevens/Contact/Telefoon");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenThereIsATelephoneButNoAddress() {
        // given
        Fixture message = toewijzing().remove("Client/Relaties/Relatie/Contact/Adres");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAContactHasNoTelephoneAndNoHouse() {
        // given
        Fixture message = toewijzing().remove("Client/Contactgegevens/Contact/Telefoon")
                .remove("Client/Contactgegevens/Contact/Adres/Huis");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Contactgegevens/Contact");
    }

    @Test
    void reportsWhenAContactHasNoTelephoneAndNoPostcode() {
        // given
        Fixture message = toewijzing().remove("Client/Relaties/Relatie/Contact/Telefoon")
                .remove("Client/Relaties/Relatie/Contact/Adres/Postcode");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Relaties/Relatie/Contact");
    }
}
