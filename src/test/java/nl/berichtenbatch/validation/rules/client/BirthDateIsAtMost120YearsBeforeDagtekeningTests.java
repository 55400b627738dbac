package nl.berichtenbatch.validation.rules.client;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.stop;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class BirthDateIsAtMost120YearsBeforeDagtekeningTests {

    private final BirthDateIsAtMost120YearsBeforeDagtekening rule = new BirthDateIsAtMost120YearsBeforeDagtekening();

    @Test
    void passesWhenTheClientIsYoung() {
        // given
        Fixture message = stop();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheBirthDateIsExactly120YearsBeforeTheDagtekening() {
        // given Dagtekening 2026-11-03
        Fixture message = stop().set("Client/Geboortedatum/Datum", "1906-11-03");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheBirthDateIsOneDayMoreThan120YearsBefore() {
        // given
        Fixture message = stop().set("Client/Geboortedatum/Datum", "1906-11-02");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Geboortedatum/Datum",
                "/Bericht/Header/BerichtIdentificatie/Dagtekening");
    }

    @Test
    void passesWhenTheDateIsTheUnknownDate() {
        // given 1900-01-01 with DatumGebruik 3: the birth date is unknown
        Fixture message = stop().set("Client/Geboortedatum/Datum", "1900-01-01")
                .addAfter("Client/Geboortedatum/Datum", "DatumGebruik", "3");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhen1900IsGivenAsAKnownYear() {
        // given 1900-01-01 with DatumGebruik 2: the year 1900 is said to be known
        Fixture message = stop().set("Client/Geboortedatum/Datum", "1900-01-01")
                .addAfter("Client/Geboortedatum/Datum", "DatumGebruik", "2");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void reportsWhenARelationsBirthDateIsWrong() {
        // given
        Fixture message = toewijzing().set("Client/Relaties/Relatie/Geboortedatum/Datum", "1899-12-31");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/Relaties/Relatie/Geboortedatum/Datum",
                "/Bericht/Header/BerichtIdentificatie/Dagtekening");
    }
}
