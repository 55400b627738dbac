package nl.berichtenbatch.validation.rules.delivery;

import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.rules.TestContracts;

/**
 * Taakgericht starts and stops through every start/stop rule (processes.md CASE-13): without ToewijzingNummer their key
 * is Bsn + Product + Begindatum (IV096), and the rules keyed on the allocation work on the product instead.
 */
class TaakgerichtDeliveriesTests {

    private static final String BSN = "999900006";
    private static final TestBerichten IJW = TestBerichten.ijw();
    private static final Contracts TAAKGERICHT = TestContracts.of(
            TestContracts.row(1, "45", "45A04", Variant.TAAKGERICHT, "04", null),
            TestContracts.row(2, "45", "45A03", Variant.TAAKGERICHT, "04", null));

    /** The codes of the start/stop rules for the message's type, as the engine runs them. */
    private static List<String> codes(String xml, StateStore state) {
        List<String> codes = new ArrayList<>();
        MessageType type = read(xml).kind().type();
        for (Rule rule : DeliveryRules.all(TAAKGERICHT)) {
            if (!List.of(rule.spec().messages()).contains(type)) {
                continue;
            }
            for (Finding finding : check(rule, xml, state)) {
                codes.add(finding.retourcode());
            }
        }
        return codes;
    }

    private static TestBerichten.Levering product(String code, String begin) {
        return levering(null).product("45", code).begin(begin);
    }

    @Test
    void passesCase13AStartAndItsStopWithoutToewijzingNummer() {
        // given
        StateStore state = freshState();
        String start = IJW.start("2025-03-02", BSN, product("45A04", "2025-03-01"));
        // when the start, then after it is applied its stop
        List<String> onStart = codes(start, state);
        accepted(state, start);
        String stop = IJW.stop("2025-04-01", BSN, product("45A04", "2025-03-01").stop("31", "2025-03-31"));
        List<String> onStop = codes(stop, state);
        // then
        assertThat(onStart).isEmpty();
        assertThat(onStop).isEmpty();
    }

    @Test
    void reportsASecondOpenStartOfTheSameProductAndAStopOfAnotherBegindatum() {
        // given an open taakgericht start of 45A04
        StateStore state = freshState();
        accepted(state, IJW.start("2025-03-02", BSN, product("45A04", "2025-03-01")));
        // when / then TR326 and TR382 work on the product
        assertThat(codes(IJW.start("2025-03-10", BSN, product("45A04", "2025-03-09")), state))
                .containsExactly("9326");
        assertThat(codes(IJW.start("2025-03-10", BSN, product("45A03", "2025-03-09")), state)).isEmpty();
        assertThat(codes(IJW.stop("2025-04-01", BSN, product("45A04", "2025-03-02").stop("31", "2025-03-31")),
                state)).containsExactly("9069");
    }

    @Test
    void keepsTheStopsOfTwoTaakgerichtProductsWithTheSameBegindatumApart() {
        // given two taakgericht starts on the same day, the first stopped definitively
        StateStore state = freshState();
        accepted(state, IJW.start("2025-03-02", BSN, product("45A04", "2025-03-01"), product("45A03", "2025-03-01")));
        accepted(state, IJW.stop("2025-04-01", BSN, product("45A04", "2025-03-01").stop("31", "2025-03-31")));
        // when the other product is stopped: TR413-TR415 do not see the first product's stop
        List<String> other = codes(IJW.stop("2025-04-02", BSN, product("45A03", "2025-03-01")
                .stop("20", "2025-03-20")), state);
        List<String> same = codes(IJW.stop("2025-04-02", BSN, product("45A04", "2025-03-01")
                .stop("20", "2025-03-20")), state);
        // then
        assertThat(other).isEmpty();
        assertThat(same).contains("9414", "9415");
    }

    @Test
    void deletesATaakgerichtStartAndRefusesToDeleteAStoppedOne() {
        // given
        StateStore state = freshState();
        accepted(state, IJW.start("2025-03-02", BSN, product("45A04", "2025-03-01"), product("45A03", "2025-03-01")));
        accepted(state, IJW.stop("2025-04-01", BSN, product("45A04", "2025-03-01").stop("31", "2025-03-31")));
        // when / then TR063 and TR071 on the key Product + Begindatum
        assertThat(codes(IJW.start("2025-04-02", BSN, product("45A03", "2025-03-01").verwijder()), state)).isEmpty();
        assertThat(codes(IJW.start("2025-04-02", BSN, product("45A04", "2025-03-01").verwijder()), state))
                .containsExactly("9071");
        assertThat(codes(IJW.start("2025-04-02", BSN, product("45A04", "2025-02-01").verwijder()), state))
                .containsExactly("9063");
    }
}
