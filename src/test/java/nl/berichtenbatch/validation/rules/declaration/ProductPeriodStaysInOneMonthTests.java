package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ProductPeriodStaysInOneMonthTests {

    private static final String PERIODE = "Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode";

    private final ProductPeriodStaysInOneMonth rule = new ProductPeriodStaysInOneMonth();

    @Test
    void passesWhenThePeriodIsAWholeMonth() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenThePeriodIsPartOfAMonth() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Begindatum", "2026-10-15");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenThePeriodEndsInTheNextMonth() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Einddatum", "2026-11-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PERIODE + "/Begindatum",
                "/Bericht/" + PERIODE + "/Einddatum");
    }

    @Test
    void reportsWhenThePeriodEndsInTheSameMonthOfAnotherYear() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Begindatum", "2025-10-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }
}
