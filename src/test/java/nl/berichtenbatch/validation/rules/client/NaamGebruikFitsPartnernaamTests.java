package nl.berichtenbatch.validation.rules.client;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class NaamGebruikFitsPartnernaamTests {

    private static final String PARTNERNAAM = "<b:Partnernaam><b:Achternaam>Vries</b:Achternaam></b:Partnernaam>";

    private final NaamGebruikFitsPartnernaam rule = new NaamGebruikFitsPartnernaam();

    @Test
    void passesWhenTheOwnNameIsUsedWithoutAPartnernaam() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenThePartnersNameIsUsedWithAPartnernaam() {
        // given
        Fixture message = toewijzing().addXmlAfter("Client/Naam/Geslachtsnaam", PARTNERNAAM)
                .set("Client/Naam/NaamGebruik", "2");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenThePartnersNameIsUsedWithoutAPartnernaam() {
        // given
        Fixture message = toewijzing().set("Client/Naam/NaamGebruik", "2");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Naam/NaamGebruik");
    }

    @Test
    void reportsWhenAPseudonymHasAPartnernaam() {
        // given a relation
        Fixture message = toewijzing().addXmlAfter("Client/Relaties/Relatie/Naam/Geslachtsnaam", PARTNERNAAM)
                .set("Client/Relaties/Relatie/Naam/NaamGebruik", "5");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/Relaties/Relatie/Naam/NaamGebruik",
                "/Bericht/Client/Relaties/Relatie/Naam/Partnernaam");
    }

    @Test
    void passesWhenAnOrganisationHasNoPartnernaam() {
        // given NaamGebruik 6 (niet-natuurlijk persoon), e.g. a guardian institution
        Fixture message = toewijzing().set("Client/Relaties/Relatie/Naam/NaamGebruik", "6");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
