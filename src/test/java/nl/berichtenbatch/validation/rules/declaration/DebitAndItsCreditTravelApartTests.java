package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class DebitAndItsCreditTravelApartTests {

    private static final String PRESTATIES = "Declaratie/Clienten/Client/Prestaties/";

    private final DebitAndItsCreditTravelApart rule = new DebitAndItsCreditTravelApart();

    /** The sample debit followed by a credit of an earlier debit JW-PR-2026-09-0001. */
    private static Fixture debitAndCredit(String credited) {
        return declaratie().copy(PRESTATIES + "Prestatie")
                .set(PRESTATIES + "Prestatie[2]/ProductReferentie/ReferentieNummer", "JW-PR-2026-10-0002")
                .addAfter(PRESTATIES + "Prestatie[2]/ProductReferentie/ReferentieNummer", "VorigReferentieNummer",
                        credited)
                .set(PRESTATIES + "Prestatie[2]/IngediendBedrag/DebetCredit", "C");
    }

    @Test
    void passesWhenTheCreditedDebitIsFromAnEarlierDeclaration() {
        // given
        Fixture message = debitAndCredit("JW-PR-2026-09-0001");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheCreditedDebitIsInTheSameMessage() {
        // given
        Fixture message = debitAndCredit("JW-PR-2026-10-0001");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRESTATIES + "Prestatie[2]/ProductReferentie/VorigReferentieNummer",
                "/Bericht/" + PRESTATIES + "Prestatie[1]/ProductReferentie/ReferentieNummer");
    }
}
