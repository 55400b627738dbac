package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class EuroAmountEqualsVolumeTests {

    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    private final EuroAmountEqualsVolume rule = new EuroAmountEqualsVolume();

    /** A Prestatie in euro's: 56250 cents delivered and declared. */
    private static Fixture inEuros() {
        return declaratie().set(PRESTATIE + "/Eenheid", "83").remove(PRESTATIE + "/ProductTarief")
                .set(PRESTATIE + "/GeleverdVolume", "56250");
    }

    @Test
    void passesWhenTheEurosEqualTheVolume() {
        // given
        Fixture message = inEuros();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheEurosDifferByOneCent() {
        // given
        Fixture message = inEuros().set(PRESTATIE + "/GeleverdVolume", "56251");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRESTATIE + "/GeleverdVolume",
                "/Bericht/" + PRESTATIE + "/IngediendBedrag/Bedrag");
    }

    @Test
    void passesWhenHoursHaveAnAmountOtherThanTheVolume() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
