package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratieAntwoordWithARejectedPrestatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class PeriodEndLiesBetweenItsStartAndDagtekeningTests {

    private static final String PERIODE = "Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode";
    private static final String DAGTEKENING = "/Bericht/Header/BerichtIdentificatie/Dagtekening";

    private final PeriodEndLiesBetweenItsStartAndDagtekening rule = new PeriodEndLiesBetweenItsStartAndDagtekening();

    @Test
    void passesWhenThePeriodsEndBeforeTheDagtekening() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenThePeriodsEndOnTheDagtekening() {
        // given Dagtekening 2026-11-06
        Fixture message = declaratie().set("Header/BerichtIdentificatie/Dagtekening", "2026-10-31");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenThePeriodsEndAfterTheDagtekening() {
        // given the message is dated the day before the periods end
        Fixture message = declaratie().set("Header/BerichtIdentificatie/Dagtekening", "2026-10-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PERIODE + "/Einddatum",
                DAGTEKENING, "/Bericht/Declaratie/DeclaratiePeriode/Einddatum");
    }

    @Test
    void reportsWhenAProductPeriodEndsBeforeItBegins() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Begindatum", "2026-10-15").set(PERIODE + "/Einddatum",
                "2026-10-14");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PERIODE + "/Begindatum",
                "/Bericht/" + PERIODE + "/Einddatum");
    }

    @Test
    void reportsWhenAReturnedPrestatieEndsBeforeItBegins() {
        // given
        String periode = "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductPeriode";
        Fixture message = declaratieAntwoordWithARejectedPrestatie().set(periode + "/Einddatum", "2026-09-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + periode + "/Begindatum",
                "/Bericht/" + periode + "/Einddatum");
    }
}
