package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.BSN;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.IJW;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.OTHER_BSN;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.allocated;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

@SuppressWarnings("unused")
class PrestatieRefersToAnAllocationTests {

    private final PrestatieRefersToAnAllocation rule = new PrestatieRefersToAnAllocation();

    /** A correct prestatie on 300201 (45/45A04, 3 hours per week from 2026-04-08): May 2026, 10 hours. */
    private static TestBerichten.Regel may(String referentie) {
        return prestatie(referentie, 300201).product("45", "45A04").periode("2026-05-01", "2026-05-31")
                .geleverd(10, "04", 6500L);
    }

    @Test
    void passesForAKnownAllocation() {
        assertThat(check(rule, declaratie("2026-05", may("RN1")), allocated())).isEmpty();
    }

    @Test
    void reportsAnUnknownNumberAlsoOnACredit() {
        var findings = check(rule, declaratie("2026-05", may("RN1"), prestatie("RN2", 999).credit("RN0")),
                allocated());
        assertThat(codes(findings)).containsExactly("9338");
        assertThat(findings.get(0).location()).endsWith("Prestatie[2]/ToewijzingNummer");
    }

    @Test
    void reportsAnAllocationOfAnotherAanbieder() {
        StateStore state = freshState();
        accepted(state, IJW.between("0384", "42420002").toewijzing("2026-03-20", BSN,
                TestBerichten.toegewezen(300201).product("45", "45A04").periode("2026-04-08", "2026-06-17")));
        assertThat(codes(check(rule, declaratie("2026-05", may("RN1")), state))).containsExactly("9338");
    }
}
