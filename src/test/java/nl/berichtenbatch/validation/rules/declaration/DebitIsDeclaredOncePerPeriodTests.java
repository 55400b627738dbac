package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class DebitIsDeclaredOncePerPeriodTests {

    private static final String CLIENTEN = "Declaratie/Clienten/";
    private static final String PRESTATIES = CLIENTEN + "Client/Prestaties/";

    private final DebitIsDeclaredOncePerPeriod rule = new DebitIsDeclaredOncePerPeriod();

    /** The sample debit twice, with different references. */
    private static Fixture twoDebits() {
        return declaratie().copy(PRESTATIES + "Prestatie")
                .set(PRESTATIES + "Prestatie[2]/ProductReferentie/ReferentieNummer", "JW-PR-2026-10-0002");
    }

    @Test
    void passesWhenThereIsOneDebit() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheSameDebitIsDeclaredTwice() {
        // given
        Fixture message = twoDebits();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRESTATIES + "Prestatie[1]",
                "/Bericht/" + PRESTATIES + "Prestatie[2]");
    }

    @Test
    void passesWhenTheSecondDebitIsForAnotherPartOfTheMonth() {
        // given
        Fixture message = twoDebits().set(PRESTATIES + "Prestatie[2]/ProductPeriode/Einddatum", "2026-10-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheSecondIsACredit() {
        // given
        Fixture message = twoDebits().set(PRESTATIES + "Prestatie[2]/IngediendBedrag/DebetCredit", "C");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheSameDebitIsForAnotherClient() {
        // given as the official XSLT: Prestaties are compared within their Client
        Fixture message = declaratie().copy(CLIENTEN + "Client").set(CLIENTEN + "Client[2]/Bsn", "999900018");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
