package nl.berichtenbatch.validation.rules.wholemessage;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.start;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.stop;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class DatesAreNotAfterDagtekeningTests {

    private static final String DAGTEKENING = "/Bericht/Header/BerichtIdentificatie/Dagtekening";

    private final DatesAreNotAfterDagtekening rule = new DatesAreNotAfterDagtekening();

    @Test
    void passesWhenTheDatesAreBeforeTheDagtekening() {
        // given
        Fixture message = start();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheStartIsOnTheDagtekening() {
        // given Dagtekening 2026-03-06
        Fixture message = start().set("Client/StartProducten/StartProduct/Begindatum", "2026-03-06");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheStartIsTheDayAfterTheDagtekening() {
        // given
        Fixture message = start().set("Client/StartProducten/StartProduct/Begindatum", "2026-03-07");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/StartProducten/StartProduct/Begindatum", DAGTEKENING);
    }

    @Test
    void reportsWhenTheToewijzingsdatumIsAfterTheDagtekening() {
        // given
        Fixture message = toewijzing().set("Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum",
                "2026-02-21");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum", DAGTEKENING);
    }

    @Test
    void passesWhenTheIngangsdatumIsAfterTheDagtekening() {
        // given an allocation that starts in the future, which is normal
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheEndOfCareIsAfterTheDagtekening() {
        // given Dagtekening 2026-11-03
        Fixture message = stop().set("Client/StopProducten/StopProduct/Einddatum", "2026-11-04");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/StopProducten/StopProduct/Einddatum", DAGTEKENING);
    }

    @Test
    void reportsWhenTheProductPeriodBeginsAfterTheDagtekening() {
        // given Dagtekening 2026-11-06
        Fixture message = declaratie().set("Header/BerichtIdentificatie/Dagtekening", "2026-09-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Declaratie/DeclaratiePeriode/Begindatum", DAGTEKENING,
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum");
    }
}
