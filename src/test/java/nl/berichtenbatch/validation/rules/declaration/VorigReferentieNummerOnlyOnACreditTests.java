package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratieAntwoordWithARejectedPrestatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class VorigReferentieNummerOnlyOnACreditTests {

    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    private final VorigReferentieNummerOnlyOnACredit rule = new VorigReferentieNummerOnlyOnACredit();

    @Test
    void passesWhenADebitHasNoVorigReferentieNummer() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenACreditHasAVorigReferentieNummer() {
        // given
        Fixture message = declaratie().set(PRESTATIE + "/IngediendBedrag/DebetCredit", "C")
                .addAfter(PRESTATIE + "/ProductReferentie/ReferentieNummer", "VorigReferentieNummer", "JW-PR-0001");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenACreditHasNoVorigReferentieNummer() {
        // given
        Fixture message = declaratie().set(PRESTATIE + "/IngediendBedrag/DebetCredit", "C");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/" + PRESTATIE + "/IngediendBedrag/DebetCredit");
    }

    @Test
    void reportsWhenADebitHasAVorigReferentieNummer() {
        // given
        Fixture message = declaratie()
                .addAfter(PRESTATIE + "/ProductReferentie/ReferentieNummer", "VorigReferentieNummer", "JW-PR-0001");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRESTATIE + "/IngediendBedrag/DebetCredit",
                "/Bericht/" + PRESTATIE + "/ProductReferentie/VorigReferentieNummer");
    }

    @Test
    void reportsWhenAReturnedCreditHasNoVorigReferentieNummer() {
        // given
        String prestatie = "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie";
        Fixture message = declaratieAntwoordWithARejectedPrestatie()
                .set(prestatie + "/IngediendBedrag/DebetCredit", "C");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/" + prestatie + "/IngediendBedrag/DebetCredit");
    }
}
