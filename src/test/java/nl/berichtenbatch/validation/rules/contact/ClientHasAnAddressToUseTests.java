package nl.berichtenbatch.validation.rules.contact;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ClientHasAnAddressToUseTests {

    private final ClientHasAnAddressToUse rule = new ClientHasAnAddressToUse();

    @Test
    void passesWhenTheClientHasABrpAddress() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheOnlyAddressIsForCorrespondence() {
        // given
        Fixture message = toewijzing().set("Client/Contactgegevens/Contact/Soort", "02");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheClientHasOnlyATemporaryAddress() {
        // given
        Fixture message = toewijzing().set("Client/Contactgegevens/Contact/Soort", "04");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Contactgegevens/Contact/Soort");
    }

    @Test
    void reportsWhenOnlyARelationHasAUsableAddress() {
        // given the relation has a BRP address, the client only a temporary one
        Fixture message = toewijzing().set("Client/Contactgegevens/Contact/Soort", "04");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isNotEmpty();
    }
}
