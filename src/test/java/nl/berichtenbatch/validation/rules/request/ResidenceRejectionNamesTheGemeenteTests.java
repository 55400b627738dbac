package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.antwoord;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.iwmo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ResidenceRejectionNamesTheGemeenteTests {

    private static final String WOONPLAATSBEGINSEL = "<m:Woonplaatsbeginsel><m:Gemeente>0344</m:Gemeente>"
            + "</m:Woonplaatsbeginsel>";

    private final ResidenceRejectionNamesTheGemeente rule = new ResidenceRejectionNamesTheGemeente();

    @Test
    void passesWhenTheReasonIsAnother() {
        // given
        Fixture message = antwoord();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenAResidenceRejectionNamesTheGemeente() {
        // given
        Fixture message = antwoord().set("Antwoord/RedenAfwijzingVerzoek", "8")
                .addXmlAfter("Antwoord/RedenAfwijzingVerzoek", WOONPLAATSBEGINSEL);
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAResidenceRejectionNamesNoGemeente() {
        // given
        Fixture message = antwoord().set("Antwoord/RedenAfwijzingVerzoek", "8");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Antwoord/RedenAfwijzingVerzoek");
    }

    @Test
    void passesWhenIwmoUsesReason8() {
        // given the iWmo 319, which has no Woonplaatsbeginsel at all
        Fixture message = iwmo(MessageType.ANTWOORD).set("Antwoord/RedenAfwijzingVerzoek", "8");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
