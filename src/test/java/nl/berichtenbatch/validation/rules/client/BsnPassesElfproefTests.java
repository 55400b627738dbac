package nl.berichtenbatch.validation.rules.client;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.retourStart;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class BsnPassesElfproefTests {

    private final BsnPassesElfproef rule = new BsnPassesElfproef();

    @Test
    void passesWhenTheBsnPassesTheElfproef() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheBsnFailsTheElfproefWithoutShowingIt() {
        // given
        Fixture message = toewijzing().set("Client/Bsn", "999912344");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Bsn");
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.rule()).isEqualTo("CS002");
            assertThat(finding.retourcode()).isEqualTo("0001");
            assertThat(finding.text()).doesNotContain("999912344").contains("elfproef");
        });
    }

    @Test
    void reportsWhenOneClientOfADeclarationFails() {
        // given a second client whose Bsn fails
        Fixture message = declaratie().copy("Declaratie/Clienten/Client")
                .set("Declaratie/Clienten/Client[2]/Bsn", "123456789");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Declaratie/Clienten/Client[2]/Bsn");
    }

    @Test
    void reportsWhenTheBsnInARetourFails() {
        // given a retour on a start, as the official XSLT does
        Fixture message = retourStart().set("Client/Bsn", "999912344");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Bsn");
    }

    @Test
    void computesTheStandardsExampleAndRejectsADigitTooMany() {
        // the elfproef example of the standard: 123456782 gives 154, a multiple of 11
        assertThat(BsnPassesElfproef.passesElfproef("123456782")).isTrue();
        assertThat(BsnPassesElfproef.passesElfproef("123456783")).isFalse();
        assertThat(BsnPassesElfproef.passesElfproef("1234567820")).isFalse();
    }
}
