package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijziging;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class UnitAllowsItsFrequencyTests {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    private final UnitAllowsItsFrequency rule = new UnitAllowsItsFrequency();

    @Test
    void passesWhenHoursArePerDay() {
        // given Eenheid 04 (uur) per day
        Fixture message = toewijzing().set(PRODUCT + "/Omvang/Frequentie", "1");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenDagdelenArePerDay() {
        // given Eenheid 16 (dagdeel) per day
        Fixture message = toewijzing().set(PRODUCT + "/Omvang/Eenheid", "16").set(PRODUCT + "/Omvang/Frequentie", "1");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRODUCT + "/Omvang/Eenheid", "/Bericht/" + PRODUCT + "/Omvang/Frequentie",
                "/Bericht/" + PRODUCT + "/Einddatum");
    }

    @Test
    void passesWhenDagdelenPerDayEndedIn2020() {
        // given an allocation from before the transition
        Fixture message = toewijzing().set(PRODUCT + "/Omvang/Eenheid", "16").set(PRODUCT + "/Omvang/Frequentie", "1")
                .set(PRODUCT + "/Ingangsdatum", "2020-01-01").set(PRODUCT + "/Einddatum", "2020-12-31");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAProductToChangeHasEurosPerDay() {
        // given
        String product = "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct";
        Fixture message = verzoekOmWijziging().set(product + "/Omvang/Eenheid", "83")
                .set(product + "/Omvang/Frequentie", "1");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(3);
    }
}
