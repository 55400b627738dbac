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
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.message.TestMessages;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.TestContracts;

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

    @Test
    void passesForATaakgerichtStartOrStopWithoutToewijzingNummer() {
        // given CASE-13: a taakgericht row for 45/45A04 (start/stop messages agreed)
        StartOrStopMatchesAnAllocation taakgericht = new StartOrStopMatchesAnAllocation(TestContracts.of(
                TestContracts.row(1, "45", "45A04", Variant.TAAKGERICHT, "04", null)));
        String start = TestBerichten.ijw().start("2025-03-02", "999900006",
                TestBerichten.levering(null).product("45", "45A04").begin("2025-03-01"));
        String stop = TestBerichten.ijw().stop("2025-04-01", "999900006",
                TestBerichten.levering(null).product("45", "45A04").begin("2025-03-01").stop("31", "2025-03-31"));
        // when / then
        assertThat(check(taakgericht, start, freshState())).isEmpty();
        assertThat(check(taakgericht, stop, freshState())).isEmpty();
    }

    @Test
    void reportsAStartWithoutToewijzingNummerThatNoTaakgerichtRowCovers() {
        // given 45A04 is taakgericht only until 2025-02-28, 45A03 is effort-based
        StartOrStopMatchesAnAllocation rule = new StartOrStopMatchesAnAllocation(TestContracts.of(
                TestContracts.row(1, TestContracts.GEMEENTE, TestContracts.AANBIEDER, "45", "45A04",
                        Variant.TAAKGERICHT, "04", null, "2020-01-01", "2025-02-28"),
                TestContracts.row(2, "45", "45A03", Variant.INSPANNINGSGERICHT, "04", 1250L)));
        TestBerichten ijw = TestBerichten.ijw();
        // when
        var afterTheContract = check(rule, ijw.start("2025-03-02", "999900006",
                TestBerichten.levering(null).product("45", "45A04").begin("2025-03-01")), freshState());
        var effort = check(rule, ijw.start("2025-03-02", "999900006",
                TestBerichten.levering(null).product("45", "45A03").begin("2025-02-01")), freshState());
        var otherPair = check(rule, ijw.between("0384", "12345678").start("2025-02-02", "999900006",
                TestBerichten.levering(null).product("45", "45A04").begin("2025-02-01")), freshState());
        // then
        assertThat(afterTheContract).extracting(Finding::retourcode).containsExactly("9019");
        assertThat(afterTheContract.get(0).text()).contains("no taakgericht contract");
        assertThat(effort).extracting(Finding::retourcode).containsExactly("9019");
        assertThat(otherPair).extracting(Finding::retourcode).containsExactly("9019");
    }
}
