package nl.berichtenbatch.validation.rules.delivery;

import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.deliveries;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.read;
import static nl.berichtenbatch.validation.rules.delivery.DeliveryFixtures.BEGIN;
import static nl.berichtenbatch.validation.rules.delivery.DeliveryFixtures.CLIENT;
import static nl.berichtenbatch.validation.rules.delivery.DeliveryFixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Finding;

class StopFollowsTheCurrentStartTests {

    private final StopFollowsTheCurrentStart rule = new StopFollowsTheCurrentStart();

    @Test
    void passesWhenTheStopRefersToTheCurrentStart() {
        StateStore state = freshState();
        deliveries(state, SCOPE, CLIENT, DeliveryFixtures.start(BEGIN));
        assertThat(check(rule, read(DeliveryFixtures.validStop()), state)).isEmpty();
    }

    @Test
    void reportsWhenThereIsNoStart() {
        // when
        var findings = check(rule, read(DeliveryFixtures.validStop()), freshState());
        // then
        assertThat(findings).extracting(Finding::rule, Finding::retourcode, Finding::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TR382", "9069", "/Bericht/Client/StopProducten/StopProduct[1]"));
    }

    @Test
    void reportsWhenTheStopRefersToAnOlderStart() {
        // given an older start and a current one that began later
        StateStore state = freshState();
        deliveries(state, SCOPE, CLIENT, DeliveryFixtures.start(BEGIN), DeliveryFixtures.start(BEGIN.plusMonths(1)));
        // when / then
        assertThat(check(rule, read(DeliveryFixtures.validStop()), state)).extracting(Finding::location)
                .containsExactly("/Bericht/Client/StopProducten/StopProduct[1]/Begindatum");
    }
}
