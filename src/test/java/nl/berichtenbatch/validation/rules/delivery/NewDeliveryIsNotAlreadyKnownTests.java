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

import nl.berichtenbatch.message.TestMessages;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Finding;

class NewDeliveryIsNotAlreadyKnownTests {

    private final NewDeliveryIsNotAlreadyKnown rule = new NewDeliveryIsNotAlreadyKnown();

    @Test
    void passesWhenNothingWithTheSameKeyWasDelivered() {
        // given a start of the same product one day later
        StateStore state = freshState();
        deliveries(state, SCOPE, CLIENT, DeliveryFixtures.start(BEGIN.plusDays(1)));
        assertThat(check(rule, read(TestMessages.validStart()), state)).isEmpty();
    }

    @Test
    void reportsWhenTheSameStartWasDelivered() {
        // given
        StateStore state = freshState();
        deliveries(state, SCOPE, CLIENT, DeliveryFixtures.start(BEGIN));
        // when
        var findings = check(rule, read(TestMessages.validStart()), state);
        // then
        assertThat(findings).extracting(Finding::retourcode, Finding::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("9074",
                        "/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering"));
    }

    @Test
    void passesWhenTheSameMessageCancelsTheEarlierDeliveryFirst() {
        // given the earlier start, and a message that cancels it and delivers it again
        StateStore state = freshState();
        deliveries(state, SCOPE, CLIENT, DeliveryFixtures.start(BEGIN));
        String product = TestMessages.validStart().substring(TestMessages.validStart().indexOf("<jw305:StartProduct>"),
                TestMessages.validStart().indexOf("</jw305:StartProducten>"));
        String both = TestMessages.validStart().replace("</jw305:StartProducten>",
                product.replace("StatusAanlevering>1<", "StatusAanlevering>3<") + "</jw305:StartProducten>");
        // when / then
        assertThat(check(rule, read(both), state)).isEmpty();
    }
}
