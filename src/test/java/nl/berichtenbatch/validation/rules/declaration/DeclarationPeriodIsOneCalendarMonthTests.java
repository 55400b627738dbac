package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class DeclarationPeriodIsOneCalendarMonthTests {

    private static final String PERIODE = "Declaratie/DeclaratiePeriode";

    private final DeclarationPeriodIsOneCalendarMonth rule = new DeclarationPeriodIsOneCalendarMonth();

    @Test
    void passesWhenThePeriodIsOctober() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenThePeriodIsFebruaryOfALeapYear() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Begindatum", "2024-02-01").set(PERIODE + "/Einddatum",
                "2024-02-29");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenThePeriodEndsBeforeTheLastDay() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Einddatum", "2026-10-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PERIODE + "/Begindatum",
                "/Bericht/" + PERIODE + "/Einddatum");
    }

    @Test
    void reportsWhenThePeriodBeginsAfterTheFirstDay() {
        // given the second of the month, ending on its last day
        Fixture message = declaratie().set(PERIODE + "/Begindatum", "2026-10-02");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PERIODE + "/Begindatum");
    }
}
