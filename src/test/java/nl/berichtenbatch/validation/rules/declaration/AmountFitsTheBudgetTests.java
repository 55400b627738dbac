package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.BSN;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

@SuppressWarnings("unused")
class AmountFitsTheBudgetTests {

    private final AmountFitsTheBudget rule = new AmountFitsTheBudget();

    /** V-14: aspecific 45 with a budget of 100000, 2025-01-01…2025-12-31, and 65000 approved before. */
    private static StateStore budget() {
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2025-01-01", BSN, toegewezen(6).aspecifiek("45", 100000L)
                .periode("2025-01-01", "2025-12-31")));
        accepted(state, IJW.declaratie("2025-04-05", "DN1", "2025-03", client(BSN, prestatie("RN1", 6)
                .product("45", "45A04").periode("2025-03-01", "2025-03-31").geleverd(10, "04", 6500L))));
        return state;
    }

    private static String april(long hours) {
        return IJW.declaratie("2025-05-05", "DN2", "2025-04", client(BSN, prestatie("RN2", 6).product("45", "45A03")
                .periode("2025-04-01", "2025-04-30").geleverd(hours, "04", 1250L)));
    }

    @Test
    void reportsWhenTheBudgetIsExceeded() {
        var findings = check(rule, april(30), budget());
        assertThat(codes(findings)).containsExactly("9369");
        assertThat(findings.get(0).location()).endsWith("Prestatie[1]/IngediendBedrag/Bedrag");
    }

    @Test
    void passesUpToTheBudget() {
        assertThat(check(rule, april(28), budget())).isEmpty();
    }

    @Test
    void passesForTwoLinesOfAGenericAllocationWithinItsBudget() {
        // V-16
        StateStore state = freshState();
        accepted(state, IJW.toewijzing("2025-01-01", BSN, toegewezen(7).generiek(500000).periode("2025-01-01",
                "2025-12-31")));
        assertThat(check(rule, IJW.declaratie("2025-04-05", "DN1", "2025-03", client(BSN,
                prestatie("RN1", 7).product("45", "45A04").periode("2025-03-01", "2025-03-31").geleverd(10, "04", 6500L),
                prestatie("RN2", 7).product("45", "45A03").periode("2025-03-01", "2025-03-31").geleverd(8, "04", 1250L))),
                state)).isEmpty();
    }
}
