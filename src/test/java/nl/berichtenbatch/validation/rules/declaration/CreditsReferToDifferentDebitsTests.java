package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class CreditsReferToDifferentDebitsTests {

    private static final String PRESTATIES = "Declaratie/Clienten/Client/Prestaties/";

    private final CreditsReferToDifferentDebits rule = new CreditsReferToDifferentDebits();

    /** Two credits, each with its own reference, crediting JW-PR-0001 and JW-PR-0002. */
    private static Fixture twoCredits() {
        return declaratie().set(PRESTATIES + "Prestatie/IngediendBedrag/DebetCredit", "C")
                .addAfter(PRESTATIES + "Prestatie/ProductReferentie/ReferentieNummer", "VorigReferentieNummer",
                        "JW-PR-0001")
                .copy(PRESTATIES + "Prestatie")
                .set(PRESTATIES + "Prestatie[2]/ProductReferentie/ReferentieNummer", "JW-PR-2026-10-0002")
                .set(PRESTATIES + "Prestatie[2]/ProductReferentie/VorigReferentieNummer", "JW-PR-0002");
    }

    @Test
    void passesWhenTheCreditsReferToDifferentDebits() {
        // given
        Fixture message = twoCredits();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTwoCreditsReferToTheSameDebit() {
        // given
        Fixture message = twoCredits()
                .set(PRESTATIES + "Prestatie[2]/ProductReferentie/VorigReferentieNummer", "JW-PR-0001");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRESTATIES + "Prestatie[1]/ProductReferentie/VorigReferentieNummer",
                "/Bericht/" + PRESTATIES + "Prestatie[2]/ProductReferentie/VorigReferentieNummer");
    }
}
