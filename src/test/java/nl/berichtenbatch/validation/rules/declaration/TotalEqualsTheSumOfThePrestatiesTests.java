package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class TotalEqualsTheSumOfThePrestatiesTests {

    private static final String PRESTATIES = "Declaratie/Clienten/Client/Prestaties/";
    private static final String TOTAAL = "Declaratie/TotaalIngediendBedrag";

    private final TotalEqualsTheSumOfThePrestaties rule = new TotalEqualsTheSumOfThePrestaties();

    @Test
    void passesWhenTheTotalEqualsThePrestatie() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenACreditCancelsTheDebit() {
        // given a debit and its credit of 56250 each: the total is 0
        Fixture message = declaratie().copy(PRESTATIES + "Prestatie")
                .set(PRESTATIES + "Prestatie[2]/IngediendBedrag/DebetCredit", "C").set(TOTAAL + "/TotaalBedrag", "0");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheTotalIsOneCentOff() {
        // given
        Fixture message = declaratie().set(TOTAAL + "/TotaalBedrag", "56251");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRESTATIES + "Prestatie/IngediendBedrag", "/Bericht/" + TOTAAL + "/TotaalBedrag",
                "/Bericht/" + TOTAAL + "/DebetCredit");
    }

    @Test
    void reportsWhenTheTotalHasTheWrongSign() {
        // given
        Fixture message = declaratie().set(TOTAAL + "/DebetCredit", "C");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(3);
    }
}
