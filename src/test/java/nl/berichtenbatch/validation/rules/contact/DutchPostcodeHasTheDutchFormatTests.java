package nl.berichtenbatch.validation.rules.contact;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class DutchPostcodeHasTheDutchFormatTests {

    private static final String POSTCODE = "Client/Contactgegevens/Contact/Adres/Postcode";

    private final DutchPostcodeHasTheDutchFormat rule = new DutchPostcodeHasTheDutchFormat();

    @Test
    void passesWhenThePostcodeIsDutch() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenThePostcodeHasLowerCaseLetters() {
        // given
        Fixture message = toewijzing().set(POSTCODE, "1093kp");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenThePostcodeHasASpace() {
        // given
        Fixture message = toewijzing().set(POSTCODE, "1093 KP");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/Contactgegevens/Contact/Adres/LandCode",
                "/Bericht/Client/Contactgegevens/Contact/Adres/Postcode");
    }

    @Test
    void reportsWhenThePostcodeStartsWithZero() {
        // given
        Fixture message = toewijzing().set(POSTCODE, "0123AB");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void reportsWhenADutchAddressHasNoPostcode() {
        // given
        Fixture message = toewijzing().remove("Client/Relaties/Relatie/Contact/Adres/Postcode");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Relaties/Relatie/Contact/Adres/LandCode");
    }

    @Test
    void passesWhenAForeignAddressHasAForeignPostcode() {
        // given
        Fixture message = toewijzing().set(POSTCODE, "B-1000").set("Client/Contactgegevens/Contact/Adres/LandCode",
                "BE");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
