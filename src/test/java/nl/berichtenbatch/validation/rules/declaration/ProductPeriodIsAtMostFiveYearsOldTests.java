package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ProductPeriodIsAtMostFiveYearsOldTests {

    private static final String DAGTEKENING = "Declaratie/DeclaratieDagtekening";
    private static final String EINDDATUM = "Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum";

    private final ProductPeriodIsAtMostFiveYearsOld rule = new ProductPeriodIsAtMostFiveYearsOld();

    @Test
    void passesWhenTheProductPeriodIsLastMonth() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenItEndedExactlyFiveYearsBefore() {
        // given the ProductPeriode ends 2026-10-31
        Fixture message = declaratie().set(DAGTEKENING, "2031-10-31");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenItEndedFiveYearsAndADayBefore() {
        // given
        Fixture message = declaratie().set(DAGTEKENING, "2031-11-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + EINDDATUM,
                "/Bericht/" + DAGTEKENING);
    }
}
