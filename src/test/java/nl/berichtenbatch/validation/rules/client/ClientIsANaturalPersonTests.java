package nl.berichtenbatch.validation.rules.client;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ClientIsANaturalPersonTests {

    private final ClientIsANaturalPerson rule = new ClientIsANaturalPerson();

    @Test
    void passesWhenTheClientUsesItsOwnName() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheClientIsNotANaturalPerson() {
        // given
        Fixture message = toewijzing().set("Client/Naam/NaamGebruik", "6");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Naam/NaamGebruik");
    }

    @Test
    void passesWhenARelationIsAnOrganisation() {
        // given
        Fixture message = toewijzing().set("Client/Relaties/Relatie/Naam/NaamGebruik", "6");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
