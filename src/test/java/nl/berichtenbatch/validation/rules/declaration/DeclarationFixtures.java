package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;

import java.time.LocalDate;
import java.util.List;

import nl.berichtenbatch.contract.Contract;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.state.StateStore;

/**
 * Allocations to declare on (variants.md §7, processes.md CASE-25…31), in iJw between gemeente 0384 and aanbieder
 * 42420001: 300201 45/45A04 3 hours per week 2026-04-08…2026-06-17; 300300 aspecific 45 with a budget of 100000;
 * 300400 generic with a budget of 500000; 300500 45/45A04 10 hours in total 2026-01-01…2026-06-30.
 */
final class DeclarationFixtures {

    static final String BSN = "999900006";
    static final String OTHER_BSN = "999900018";
    static final TestBerichten IJW = TestBerichten.ijw();

    private DeclarationFixtures() {
    }

    static StateStore allocated() {
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2026-03-20", BSN,
                toegewezen(300201).product("45", "45A04").periode("2026-04-08", "2026-06-17").omvang(3, "04", "2"),
                toegewezen(300300).aspecifiek("45", 100000L).periode("2026-01-01", "2026-12-31"),
                toegewezen(300400).generiek(500000).periode("2026-01-01", "2026-12-31"),
                toegewezen(300500).product("45", "45A04").periode("2026-01-01", "2026-06-30").omvang(10, "04", "6")));
        return state;
    }

    /** A 323 for a month with prestaties of {@link #BSN}. */
    static String declaratie(String maand, TestBerichten.Regel... prestaties) {
        return IJW.declaratie(java.time.YearMonth.parse(maand).plusMonths(1).atDay(5).toString(),
                "DN" + maand.replace("-", ""), maand, client(BSN, prestaties));
    }

    /** Contracts: 45A04 and 45A03 per hour (6500, 1250), 45A05 in euros; for aanbieder 42420001 and gemeente 0384. */
    static Contracts contracts() {
        List<Contract> rows = List.of(
                row("45A04", "04", 6500L), row("45A03", "04", 1250L), row("45A05", "83", null));
        return new Contracts() {
            @Override
            public boolean configured() {
                return true;
            }

            @Override
            public List<Contract> valid(Scope scope, LocalDate date) {
                return rows;
            }
        };
    }

    private static Contract row(String code, String eenheid, Long tarief) {
        return new Contract("0384", "42420001", "45", code, eenheid.equals("83") ? Variant.OUTPUTGERICHT
                : Variant.INSPANNINGSGERICHT, eenheid, tarief, LocalDate.parse("2020-01-01"), null, 0);
    }
}
