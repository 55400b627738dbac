package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class WeeklyOmvangComesWithEinddatumTests {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    private final WeeklyOmvangComesWithEinddatum rule = new WeeklyOmvangComesWithEinddatum();

    @Test
    void passesWhenAWeeklyOmvangHasAnEinddatum() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAWeeklyOmvangHasNoEinddatum() {
        // given
        Fixture message = toewijzing().remove(PRODUCT + "/Einddatum");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/" + PRODUCT + "/Omvang/Frequentie");
    }

    @Test
    void passesWhenAMonthlyOmvangHasNoEinddatum() {
        // given
        Fixture message = toewijzing().remove(PRODUCT + "/Einddatum").set(PRODUCT + "/Omvang/Frequentie", "4");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenARequestedWeeklyOmvangHasNoToewijzingEinddatum() {
        // given
        Fixture message = verzoekOmToewijzing()
                .remove("Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingEinddatum");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Omvang/Frequentie");
    }
}
