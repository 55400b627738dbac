package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratieAntwoordWithARejectedPrestatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ZeroAmountIsDebitTests {

    private static final String AMOUNT = "Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag";

    private final ZeroAmountIsDebit rule = new ZeroAmountIsDebit();

    @Test
    void passesWhenNoAmountIsZero() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenZeroIsADebit() {
        // given
        Fixture message = declaratieAntwoordWithARejectedPrestatie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenZeroIsACredit() {
        // given
        Fixture message = declaratie().set(AMOUNT + "/Bedrag", "0").set(AMOUNT + "/DebetCredit", "C");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + AMOUNT + "/Bedrag",
                "/Bericht/" + AMOUNT + "/DebetCredit");
    }

    @Test
    void reportsWhenAZeroAwardedTotalIsACredit() {
        // given
        Fixture message = declaratieAntwoordWithARejectedPrestatie()
                .set("DeclaratieAntwoord/TotaalToegekendBedrag/DebetCredit", "C");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag/TotaalBedrag",
                "/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag/DebetCredit");
    }
}
