package nl.berichtenbatch.validation.rules.startstop;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class StopEndsOnOrAfterItsStartTests {

    private static final String STOP = "Client/StopProducten/StopProduct";

    private final StopEndsOnOrAfterItsStart rule = new StopEndsOnOrAfterItsStart();

    @Test
    void passesWhenTheStopIsAfterTheStart() {
        // given
        Fixture message = stop();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheStopIsOnTheDayOfTheStart() {
        // given
        Fixture message = stop().set(STOP + "/Einddatum", "2026-03-03");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheStopIsTheDayBeforeTheStart() {
        // given
        Fixture message = stop().set(STOP + "/Einddatum", "2026-03-02");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + STOP + "/Begindatum",
                "/Bericht/" + STOP + "/Einddatum");
    }

    @Test
    void reportsWhenOneOfTwoStopsIsWrong() {
        // given a second stop that is fine
        Fixture message = stop().set(STOP + "/Einddatum", "2026-03-02").copy(STOP)
                .set(STOP + "[2]/Einddatum", "2026-10-31");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + STOP + "[1]/Begindatum",
                "/Bericht/" + STOP + "[1]/Einddatum");
    }
}
