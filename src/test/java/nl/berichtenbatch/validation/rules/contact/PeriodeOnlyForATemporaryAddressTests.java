package nl.berichtenbatch.validation.rules.contact;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class PeriodeOnlyForATemporaryAddressTests {

    private static final String PERIODE = "<m:Periode><b:Begindatum>2026-01-01</b:Begindatum></m:Periode>";

    private final PeriodeOnlyForATemporaryAddress rule = new PeriodeOnlyForATemporaryAddress();

    private static Fixture clientContactWithPeriode(String soort) {
        return toewijzing().set("Client/Contactgegevens/Contact/Soort", soort)
                .addXmlAfter("Client/Contactgegevens/Contact/Telefoon", PERIODE);
    }

    @Test
    void passesWhenNoContactHasAPeriode() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenATemporaryAddressHasAPeriode() {
        // given
        Fixture message = clientContactWithPeriode("04");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAResidenceAddressHasAPeriode() {
        // given
        Fixture message = clientContactWithPeriode("03");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/Contactgegevens/Contact/Periode", "/Bericht/Client/Contactgegevens/Contact/Soort");
    }

    @Test
    void reportsWhenARelationsContactHasAPeriode() {
        // given
        Fixture message = toewijzing().addXmlAfter("Client/Relaties/Relatie/Contact/Emailadres", PERIODE);
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }
}
