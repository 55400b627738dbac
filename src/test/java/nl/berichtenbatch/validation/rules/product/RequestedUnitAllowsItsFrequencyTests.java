package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class RequestedUnitAllowsItsFrequencyTests {

    private static final String PRODUCT = "Client/AangevraagdeProducten/AangevraagdProduct";

    private final RequestedUnitAllowsItsFrequency rule = new RequestedUnitAllowsItsFrequency();

    @Test
    void passesWhenDagdelenArePerWeek() {
        // given
        Fixture message = verzoekOmToewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenDagdelenArePerDay() {
        // given
        Fixture message = verzoekOmToewijzing().set(PRODUCT + "/Omvang/Frequentie", "1");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRODUCT + "/Omvang/Eenheid", "/Bericht/" + PRODUCT + "/Omvang/Frequentie",
                "/Bericht/" + PRODUCT + "/ToewijzingEinddatum");
    }

    @Test
    void passesWhenMinutesArePerDay() {
        // given Eenheid 01 (minuut)
        Fixture message = verzoekOmToewijzing().set(PRODUCT + "/Omvang/Eenheid", "01")
                .set(PRODUCT + "/Omvang/Frequentie", "1");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
