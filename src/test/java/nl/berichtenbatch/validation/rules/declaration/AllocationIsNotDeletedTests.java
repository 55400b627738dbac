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
class AllocationIsNotDeletedTests {

    private final AllocationIsNotDeleted rule = new AllocationIsNotDeleted();

    /** A correct prestatie on 300201 (45/45A04, 3 hours per week from 2026-04-08): May 2026, 10 hours. */
    private static TestBerichten.Regel may(String referentie) {
        return prestatie(referentie, 300201).product("45", "45A04").periode("2026-05-01", "2026-05-31")
                .geleverd(10, "04", 6500L);
    }

    @Test
    void passesForAnAllocationThatIsNotDeleted() {
        assertThat(check(rule, declaratie("2026-05", may("RN1")), allocated())).isEmpty();
    }

    @Test
    void reportsADeletedAllocation() {
        StateStore state = allocated();
        accepted(state, IJW.toewijzing("2026-04-10", BSN, TestBerichten.toegewezen(300201).product("45", "45A04")
                .toegewezenOp("2026-04-10", "12:00:00").periode("2026-04-08", "2026-04-08").omvang(3, "04", "2")
                .reden("13")));
        var findings = check(rule, declaratie("2026-05", may("RN1")), state);
        assertThat(codes(findings)).containsExactly("9384");
    }

    @Test
    void passesWhenALaterVersionRestoredTheAllocation() {
        // given the deletion is an older version than the current one (IV013)
        StateStore state = allocated();
        accepted(state, IJW.toewijzing("2026-04-10", BSN, TestBerichten.toegewezen(300201).product("45", "45A04")
                .toegewezenOp("2024-12-01", "12:00:00").periode("2026-04-08", "2026-04-08").omvang(3, "04", "2")
                .reden("13")));
        assertThat(check(rule, declaratie("2026-05", may("RN1")), state)).isEmpty();
    }
}
