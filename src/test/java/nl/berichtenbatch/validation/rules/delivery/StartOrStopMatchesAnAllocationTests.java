package nl.berichtenbatch.validation.rules.delivery;

import static nl.berichtenbatch.validation.rules.RuleTestSupport.allocation;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.read;
import static nl.berichtenbatch.validation.rules.delivery.DeliveryFixtures.CLIENT;
import static nl.berichtenbatch.validation.rules.delivery.DeliveryFixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.message.TestMessages;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Finding;

class StartOrStopMatchesAnAllocationTests {

    private final StartOrStopMatchesAnAllocation rule = new StartOrStopMatchesAnAllocation(Contracts.NONE);

    @Test
    void passesWhenTheClientHasTheAllocation() {
        // given
        StateStore state = freshState();
        allocation(state, SCOPE, allocation(CLIENT, 1001));
        // when / then
        assertThat(check(rule, read(TestMessages.validStart()), state)).isEmpty();
        assertThat(check(rule, read(DeliveryFixtures.validStop()), state)).isEmpty();
    }

    @Test
    void reportsWhenNoAllocationHasTheNumber() {
        // given an allocation with another number
        StateStore state = freshState();
        allocation(state, SCOPE, allocation(CLIENT, 1002));
        // when
        var findings = check(rule, read(TestMessages.validStart()), state);
        // then
        assertThat(findings).extracting(Finding::retourcode, Finding::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple("9019",
                        "/Bericht/Client/StartProducten/StartProduct[1]/ToewijzingNummer"));
    }

    @Test
    void reportsWhenTheAllocationBelongsToAnotherClient() {
        StateStore state = freshState();
        allocation(state, SCOPE, allocation("999900006", 1001));
        assertThat(check(rule, read(TestMessages.validStart()), state)).extracting(Finding::retourcode)
                .containsExactly("9019");
    }

    @Test
    void reportsWhenTheCurrentVersionIsDeleted() {
        // given a later version with Einddatum = Ingangsdatum and RedenWijziging 13
        StateStore state = freshState();
        allocation(state, SCOPE, allocation(CLIENT, 1001));
        Allocation base = allocation(CLIENT, 1001);
        allocation(state, SCOPE, new Allocation(CLIENT, 1001, null, "45", "45A01", LocalDate.of(2026, 4, 1),
                "09:00:00", base.ingangsdatum(), base.ingangsdatum(), "13", 2L, "04", "2", null));
        // when / then
        assertThat(check(rule, read(TestMessages.validStart()), state)).extracting(Finding::retourcode)
                .containsExactly("9019");
    }

    @Test
    void reportsWhenTheStartHasNoToewijzingNummerAndIgnoresCancellations() {
        // given a start without ToewijzingNummer, and one with StatusAanlevering 3
        StateStore state = freshState();
        String withoutNumber = TestMessages.validStart().replace("<jw305:ToewijzingNummer>1001</jw305:ToewijzingNummer>", "");
        String cancellation = DeliveryFixtures.startWith("StatusAanlevering>1<", "StatusAanlevering>3<");
        // when / then
        assertThat(check(rule, read(withoutNumber), state)).extracting(Finding::location)
                .containsExactly("/Bericht/Client/StartProducten/StartProduct[1]");
        assertThat(check(rule, read(cancellation), state)).isEmpty();
    }
}
