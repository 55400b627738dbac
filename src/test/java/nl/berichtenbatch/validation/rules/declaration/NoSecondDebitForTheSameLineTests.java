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
class NoSecondDebitForTheSameLineTests {

    private final NoSecondDebitForTheSameLine rule = new NoSecondDebitForTheSameLine();

    private static final TestBerichten.Regel MAY = prestatie("RN1", 300201).product("45", "45A04")
            .periode("2026-05-01", "2026-05-31").geleverd(10, "04", 6500L);

    private static StateStore declared() {
        StateStore state = DeclarationFixtures.allocated();
        accepted(state, IJW.declaratie("2026-06-05", "DN1", "2026-05", client(BSN, MAY)));
        return state;
    }

    private static TestBerichten.Regel again(String referentie) {
        return prestatie(referentie, 300201).product("45", "45A04").periode("2026-05-01", "2026-05-31")
                .geleverd(12, "04", 6500L);
    }

    @Test
    void reportsASecondDebitWithoutCredit() {
        var findings = check(rule, IJW.declaratie("2026-07-05", "DN2", "2026-06", client(BSN, again("RN11"))),
                declared());
        assertThat(codes(findings)).containsExactly("9389");
    }

    @Test
    void passesWhenTheCreditTravelsInTheSameMessage() {
        assertThat(check(rule, IJW.declaratie("2026-07-05", "DN2", "2026-06", client(BSN, again("RN11"),
                prestatie("RN10", 300201).product("45", "45A04").periode("2026-05-01", "2026-05-31")
                        .geleverd(10, "04", 6500L).credit("RN1"))), declared())).isEmpty();
    }

    @Test
    void passesForAnotherPeriodOrWhenTheFirstDebitWasRejected() {
        assertThat(check(rule, IJW.declaratie("2026-07-05", "DN2", "2026-06", client(BSN, again("RN11")
                .periode("2026-06-01", "2026-06-17"))), declared())).isEmpty();
        StateStore state = DeclarationFixtures.allocated();
        long id = accepted(state, IJW.declaratie("2026-06-05", "DN1", "2026-05", client(BSN, MAY)));
        state.markPrestatiesRejected(id, List.of("RN1"));
        assertThat(check(rule, IJW.declaratie("2026-07-05", "DN2", "2026-06", client(BSN, again("RN11"))), state))
                .isEmpty();
    }
}
