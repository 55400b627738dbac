package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratieAntwoord;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratieAntwoordWithARejectedPrestatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class AnswerTotalsMatchTheReturnedPrestatiesTests {

    private static final String ANTWOORD = "DeclaratieAntwoord/";

    private final AnswerTotalsMatchTheReturnedPrestaties rule = new AnswerTotalsMatchTheReturnedPrestaties();

    @Test
    void passesWhenTheDeclarationIsFullyApproved() {
        // given 8001 and nothing returned: awarded = submitted
        Fixture message = declaratieAntwoord();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheReturnedPrestatieMakesUpTheDifference() {
        // given 56250 submitted, 0 awarded, 56250 returned
        Fixture message = declaratieAntwoordWithARejectedPrestatie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheReturnedPrestatiesDoNotAddUp() {
        // given one cent awarded too much
        Fixture message = declaratieAntwoordWithARejectedPrestatie()
                .set(ANTWOORD + "TotaalToegekendBedrag/TotaalBedrag", "1");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/DeclaratieAntwoord/TotaalIngediendBedrag",
                "/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag");
    }

    @Test
    void reportsWhenARejectedDeclarationAwardsAnAmount() {
        // given the declaration is rejected (9333) but something is awarded
        Fixture message = declaratieAntwoord().set(ANTWOORD + "RetourCodes/RetourCode", "9333");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag");
    }

    @Test
    void passesWhenARejectedDeclarationAwardsNothing() {
        // given
        Fixture message = declaratieAntwoord().set(ANTWOORD + "RetourCodes/RetourCode", "9333")
                .set(ANTWOORD + "TotaalToegekendBedrag/TotaalBedrag", "0");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
