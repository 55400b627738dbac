package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ProductTariefUnlessEurosTests {

    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    private final ProductTariefUnlessEuros rule = new ProductTariefUnlessEuros();

    @Test
    void passesWhenHoursHaveATariff() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenHoursHaveNoTariff() {
        // given
        Fixture message = declaratie().remove(PRESTATIE + "/ProductTarief");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRESTATIE + "/Eenheid");
    }

    @Test
    void reportsWhenEurosHaveATariff() {
        // given
        Fixture message = declaratie().set(PRESTATIE + "/Eenheid", "83");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRESTATIE + "/Eenheid",
                "/Bericht/" + PRESTATIE + "/ProductTarief");
    }

    @Test
    void passesWhenEurosHaveNoTariff() {
        // given
        Fixture message = declaratie().set(PRESTATIE + "/Eenheid", "83").remove(PRESTATIE + "/ProductTarief");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
