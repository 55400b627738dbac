package nl.berichtenbatch.validation.rules.wholemessage;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.start;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.stop;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ClassesAreNotRepeatedTests {

    private static final String STARTS = "Client/StartProducten/";
    private static final String CLIENTEN = "Declaratie/Clienten/";

    private final ClassesAreNotRepeated rule = new ClassesAreNotRepeated();

    @Test
    void passesWhenNoClassIsRepeated() {
        // given
        Fixture message = start();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheSameStartIsThereTwice() {
        // given
        Fixture message = start().copy(STARTS + "StartProduct");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + STARTS + "StartProduct[1]",
                "/Bericht/" + STARTS + "StartProduct[2]");
    }

    @Test
    void reportsWhenTheSameKeyHasAnotherStatusAanlevering() {
        // given a cancellation and a new delivery of the same key in one message
        Fixture message = start().copy(STARTS + "StartProduct").set(STARTS + "StartProduct[2]/StatusAanlevering", "3");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void passesWhenTheStartsDifferInBegindatum() {
        // given
        Fixture message = start().copy(STARTS + "StartProduct").set(STARTS + "StartProduct[2]/Begindatum",
                "2026-03-04");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheStartsDifferOnlyInToewijzingIngangsdatum() {
        // given ToewijzingIngangsdatum is not part of the key
        Fixture message = start().copy(STARTS + "StartProduct")
                .set(STARTS + "StartProduct[2]/ToewijzingIngangsdatum", "2026-03-02");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void passesWhenTheStopsDifferInRedenBeeindiging() {
        // given
        String stops = "Client/StopProducten/";
        Fixture message = stop().copy(stops + "StopProduct").set(stops + "StopProduct[2]/RedenBeeindiging", "20");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTwoContactsHaveTheSameSoort() {
        // given
        Fixture message = toewijzing().copy("Client/Contactgegevens/Contact");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/Contactgegevens/Contact[1]", "/Bericht/Client/Contactgegevens/Contact[2]");
    }

    @Test
    void reportsWhenTwoClientsHaveTheSameBsn() {
        // given the client twice: its Prestatie appears once under each
        Fixture message = declaratie().copy(CLIENTEN + "Client");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + CLIENTEN + "Client[1]",
                "/Bericht/" + CLIENTEN + "Client[2]");
        assertThat(findings).allSatisfy(finding -> assertThat(finding.text()).doesNotContain("999912343"));
    }

    @Test
    void reportsWhenAPrestatieIsRepeatedWithinItsClient() {
        // given
        String prestaties = CLIENTEN + "Client/Prestaties/";
        Fixture message = declaratie().copy(prestaties + "Prestatie")
                .set(prestaties + "Prestatie[2]/ProductPeriode/Einddatum", "2026-10-15");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + prestaties + "Prestatie[1]",
                "/Bericht/" + prestaties + "Prestatie[2]");
    }

    @Test
    void reportsEveryPairOfSameKeysInDocumentOrder() {
        // given five starts whose keys go A B A B A (B has another Begindatum)
        Fixture message = start().copy(STARTS + "StartProduct").copy(STARTS + "StartProduct")
                .copy(STARTS + "StartProduct").copy(STARTS + "StartProduct")
                .set(STARTS + "StartProduct[2]/Begindatum", "2026-03-04")
                .set(STARTS + "StartProduct[4]/Begindatum", "2026-03-04");
        // when
        List<Finding> findings = message.check(rule);
        // then the pairs 1-3, 1-5, 2-4, 3-5 (a class is reported once, where it is first paired)
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + STARTS + "StartProduct[1]", "/Bericht/" + STARTS + "StartProduct[3]",
                "/Bericht/" + STARTS + "StartProduct[5]", "/Bericht/" + STARTS + "StartProduct[2]",
                "/Bericht/" + STARTS + "StartProduct[4]");
    }
}
