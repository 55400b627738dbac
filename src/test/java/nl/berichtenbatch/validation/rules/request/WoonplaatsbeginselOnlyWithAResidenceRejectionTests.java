package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.antwoord;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class WoonplaatsbeginselOnlyWithAResidenceRejectionTests {

    private static final String WOONPLAATSBEGINSEL = "<m:Woonplaatsbeginsel><m:Gemeente>0344</m:Gemeente>"
            + "</m:Woonplaatsbeginsel>";

    private final WoonplaatsbeginselOnlyWithAResidenceRejection rule =
            new WoonplaatsbeginselOnlyWithAResidenceRejection();

    @Test
    void passesWhenThereIsNoWoonplaatsbeginsel() {
        // given
        Fixture message = antwoord();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenAResidenceRejectionHasIt() {
        // given
        Fixture message = antwoord().set("Antwoord/RedenAfwijzingVerzoek", "8")
                .addXmlAfter("Antwoord/RedenAfwijzingVerzoek", WOONPLAATSBEGINSEL);
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAnotherReasonHasAWoonplaatsbeginsel() {
        // given reason 3 (geen contract)
        Fixture message = antwoord().addXmlAfter("Antwoord/RedenAfwijzingVerzoek", WOONPLAATSBEGINSEL);
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Antwoord/RedenAfwijzingVerzoek",
                "/Bericht/Antwoord/Woonplaatsbeginsel");
    }

    @Test
    void passesWhenAWoonplaatsbeginselHasNoReasonAtAll() {
        // given an answer without RedenAfwijzingVerzoek: the official XSLT leaves this to CD085
        Fixture message = antwoord().remove("Antwoord/RedenAfwijzingVerzoek").set("Antwoord/VerzoekAntwoord", "2")
                .addXmlAfter("Antwoord/VerzoekAntwoord", WOONPLAATSBEGINSEL);
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
