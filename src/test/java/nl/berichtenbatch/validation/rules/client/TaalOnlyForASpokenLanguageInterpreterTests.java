package nl.berichtenbatch.validation.rules.client;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class TaalOnlyForASpokenLanguageInterpreterTests {

    private final TaalOnlyForASpokenLanguageInterpreter rule = new TaalOnlyForASpokenLanguageInterpreter();

    private static Fixture withCommunicatie(String xml) {
        return toewijzing().addXmlAfter("Client/Naam", "<m:Communicatie>" + xml + "</m:Communicatie>");
    }

    @Test
    void passesWhenThereIsNoCommunicatie() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenAnInterpreterHasALanguage() {
        // given
        Fixture message = withCommunicatie("<b:Vorm>1</b:Vorm><b:Taal>Zweeds</b:Taal>");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenASignLanguageInterpreterHasNoLanguage() {
        // given
        Fixture message = withCommunicatie("<b:Vorm>2</b:Vorm>");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAnInterpreterHasNoLanguage() {
        // given
        Fixture message = withCommunicatie("<b:Vorm>1</b:Vorm>");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Communicatie/Vorm");
    }

    @Test
    void reportsWhenASignLanguageInterpreterHasALanguage() {
        // given
        Fixture message = withCommunicatie("<b:Vorm>3</b:Vorm><b:Taal>Zweeds</b:Taal>");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Communicatie/Taal",
                "/Bericht/Client/Communicatie/Vorm");
    }
}
