package nl.berichtenbatch.validation.rules.startstop;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.start;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class StatusAanleveringIsNewOrCancelTests {

    private final StatusAanleveringIsNewOrCancel rule = new StatusAanleveringIsNewOrCancel();

    @Test
    void passesWhenItIsAFirstDelivery() {
        // given
        Fixture message = start();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenItIsACancellation() {
        // given
        Fixture message = stop().set("Client/StopProducten/StopProduct/StatusAanlevering", "3");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenItIsAChangedDelivery() {
        // given status 2, which the code list has but 3.2 does not allow
        Fixture message = start().set("Client/StartProducten/StartProduct/StatusAanlevering", "2");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/StartProducten/StartProduct/StatusAanlevering");
    }

    @Test
    void reportsWhenAStopSaysNotApplicable() {
        // given
        Fixture message = stop().set("Client/StopProducten/StopProduct/StatusAanlevering", "9");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/StopProducten/StopProduct/StatusAanlevering");
    }
}
