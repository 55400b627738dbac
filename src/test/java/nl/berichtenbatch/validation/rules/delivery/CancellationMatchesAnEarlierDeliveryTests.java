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

class CancellationMatchesAnEarlierDeliveryTests {

    private final CancellationMatchesAnEarlierDelivery rule = new CancellationMatchesAnEarlierDelivery();
    private final String cancellation = DeliveryFixtures.startWith("StatusAanlevering>1<", "StatusAanlevering>3<");

    @Test
    void passesWhenTheSameStartWasDelivered() {
        StateStore state = freshState();
        deliveries(state, SCOPE, CLIENT, DeliveryFixtures.start(BEGIN));
        assertThat(check(rule, read(cancellation), state)).isEmpty();
    }

    @Test
    void reportsWhenNothingWasDelivered() {
        // when
        var findings = check(rule, read(cancellation), freshState());
        // then
        assertThat(findings).extracting(Finding::retourcode, Finding::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("9063",
                        "/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering"));
    }

    @Test
    void reportsWhenTheDeliveredStartDiffersInBegindatumOrWasCancelledAlready() {
        // given a start one day later (near miss), and one cancelled before
        StateStore state = freshState();
        deliveries(state, SCOPE, CLIENT, DeliveryFixtures.start(BEGIN.plusDays(1)));
        assertThat(check(rule, read(cancellation), state)).extracting(Finding::retourcode).containsExactly("9063");
        StateStore cancelled = freshState();
        deliveries(cancelled, SCOPE, CLIENT, DeliveryFixtures.start(BEGIN));
        deliveries(cancelled, SCOPE, CLIENT, new nl.berichtenbatch.state.Delivery(
                nl.berichtenbatch.state.Delivery.Kind.START, 1001L, "45", "45A01", BEGIN, null, null, "3"));
        assertThat(check(rule, read(cancellation), cancelled)).extracting(Finding::retourcode).containsExactly("9063");
    }

    @Test
    void ignoresNewDeliveries() {
        assertThat(check(rule, read(DeliveryFixtures.startWith("x", "x")), freshState())).isEmpty();
    }
}
