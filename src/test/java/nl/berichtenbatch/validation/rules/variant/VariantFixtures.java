package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.rules.TestContracts;

/**
 * The iJw pair of processes.md §12 (0384, 42420001) with contracts of every variant: 45A04 inspanningsgericht per
 * hour (6500), 45A05 outputgericht in euros, 45A06 outputgericht in pieces (82, 9000), 45A07 taakgericht, and category
 * 46 as a whole inspanningsgericht per etmaal (14).
 */
final class VariantFixtures {

    static final String BSN = "999900006";
    static final TestBerichten IJW = TestBerichten.ijw();

    private VariantFixtures() {
    }

    static Contracts contracts() {
        return TestContracts.of(
                TestContracts.row(2, "45", "45A04", Variant.INSPANNINGSGERICHT, "04", 6500L),
                TestContracts.row(3, "45", "45A05", Variant.OUTPUTGERICHT, "83", null),
                TestContracts.row(4, "45", "45A06", Variant.OUTPUTGERICHT, "82", 9000L),
                TestContracts.row(5, "45", "45A07", Variant.TAAKGERICHT, "04", null),
                TestContracts.row(6, "46", null, Variant.INSPANNINGSGERICHT, "14", 25000L));
    }

    /**
     * Allocations of {@link #BSN} for 2026: 600 45/45A04 3 hours per week, 601 45/45A05 euros per month, 602 45/45A06
     * pieces per month, 603 45/45A07 (taakgericht, allocated all the same).
     */
    static StateStore allocated() {
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2025-12-15", BSN,
                toegewezen(600).product("45", "45A04").periode("2026-01-01", "2026-12-31").omvang(3, "04", "2"),
                toegewezen(601).product("45", "45A05").periode("2026-01-01", "2026-12-31").omvang(50000, "83", "4"),
                toegewezen(602).product("45", "45A06").periode("2026-01-01", "2026-12-31").omvang(4, "82", "4"),
                toegewezen(603).product("45", "45A07").periode("2026-01-01", "2026-12-31").omvang(3, "04", "4")));
        return state;
    }

    /** A started allocation: a 305 with its ToewijzingNummer for the product, from 2026-01-05. */
    static void started(StateStore state, long nummer, String code) {
        accepted(state, IJW.start("2026-01-06", BSN, levering(nummer).product("45", code).begin("2026-01-05")));
    }

    /** A 323 for March 2026 with one prestatie of {@link #BSN}. */
    static String march(TestBerichten.Regel prestatie) {
        return IJW.declaratie("2026-04-05", "DN2603", "2026-03", client(BSN, prestatie));
    }

    /** A debit for March 2026 on an allocation and product. */
    static TestBerichten.Regel inMarch(long nummer, String code) {
        return prestatie("RN" + nummer, nummer).product("45", code).periode("2026-03-01", "2026-03-31");
    }
}
