package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class PeriodsStartIn2021OrLaterTests {

    private static final String PERIODE = "Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode";

    private final PeriodsStartIn2021OrLater rule = new PeriodsStartIn2021OrLater();

    @Test
    void passesWhenThePeriodsAreIn2026() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenAPeriodBeginsOnTheFirstDayOf2021() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Begindatum", "2021-01-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAProductPeriodBeginsOnTheLastDayOf2020() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Begindatum", "2020-12-31");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PERIODE + "/Begindatum");
    }

    @Test
    void reportsWhenTheDeclarationPeriodIsIn2020() {
        // given
        Fixture message = declaratie().set("Declaratie/DeclaratiePeriode/Begindatum", "2020-12-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Declaratie/DeclaratiePeriode/Begindatum");
    }
}
