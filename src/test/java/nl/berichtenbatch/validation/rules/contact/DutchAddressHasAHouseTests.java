package nl.berichtenbatch.validation.rules.contact;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class DutchAddressHasAHouseTests {

    private final DutchAddressHasAHouse rule = new DutchAddressHasAHouse();

    @Test
    void passesWhenADutchAddressHasAHouse() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenADutchAddressHasNoHouse() {
        // given
        Fixture message = toewijzing().remove("Client/Contactgegevens/Contact/Adres/Huis");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Contactgegevens/Contact/Adres/LandCode");
    }

    @Test
    void passesWhenAForeignAddressHasNoHouse() {
        // given
        Fixture message = toewijzing().remove("Client/Contactgegevens/Contact/Adres/Huis")
                .set("Client/Contactgegevens/Contact/Adres/LandCode", "BE");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
