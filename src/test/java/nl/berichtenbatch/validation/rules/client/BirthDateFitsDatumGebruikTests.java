package nl.berichtenbatch.validation.rules.client;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.retourStart;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.start;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class BirthDateFitsDatumGebruikTests {

    private final BirthDateFitsDatumGebruik rule = new BirthDateFitsDatumGebruik();

    @Test
    void passesWhenDatumGebruikIsAbsent() {
        // given a birth date that is fully known
        Fixture message = start();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenOnlyTheMonthIsKnownAndTheDayIsTheFirst() {
        // given
        Fixture message = start().set("Client/Geboortedatum/Datum", "2014-06-01")
                .addAfter("Client/Geboortedatum/Datum", "DatumGebruik", "1");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheDateIsUnknownAnd1900() {
        // given
        Fixture message = start().set("Client/Geboortedatum/Datum", "1900-01-01")
                .addAfter("Client/Geboortedatum/Datum", "DatumGebruik", "3");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenOnlyTheMonthIsKnownButADayIsGiven() {
        // given
        Fixture message = start().addAfter("Client/Geboortedatum/Datum", "DatumGebruik", "1");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Geboortedatum/Datum",
                "/Bericht/Client/Geboortedatum/DatumGebruik");
    }

    @Test
    void reportsWhenOnlyTheYearIsKnownButNotOnTheFirstOfJanuary() {
        // given the first of a month, but not of January
        Fixture message = start().set("Client/Geboortedatum/Datum", "2014-06-01")
                .addAfter("Client/Geboortedatum/Datum", "DatumGebruik", "2");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void reportsWhenARelationsBirthDateIsWrong() {
        // given
        Fixture message = toewijzing()
                .addAfter("Client/Relaties/Relatie/Geboortedatum/Datum", "DatumGebruik", "3");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/Relaties/Relatie/Geboortedatum/Datum",
                "/Bericht/Client/Relaties/Relatie/Geboortedatum/DatumGebruik");
    }

    @Test
    void reportsWhenTheBirthDateInARetourIsWrong() {
        // given
        Fixture message = retourStart().addAfter("Client/Geboortedatum/Datum", "DatumGebruik", "2");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }
}
