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
class DeclarationPeriodIsNotBeforeTheLastTests {

    private final DeclarationPeriodIsNotBeforeTheLast rule = new DeclarationPeriodIsNotBeforeTheLast();

    /** A correct prestatie on 300201 (45/45A04, 3 hours per week from 2026-04-08): May 2026, 10 hours. */
    private static TestBerichten.Regel may(String referentie) {
        return prestatie(referentie, 300201).product("45", "45A04").periode("2026-05-01", "2026-05-31")
                .geleverd(10, "04", 6500L);
    }

    private StateStore declaredUpToMay() {
        StateStore state = allocated();
        for (String month : List.of("2026-01", "2026-02", "2026-03", "2026-05")) {
            accepted(state, IJW.declaratie(month + "-28", "DN" + month.replace("-", ""), month,
                    client(BSN, prestatie("RN" + month, 300400).product("45", "45A01").periode(month + "-01", month + "-28"))));
        }
        return state;
    }

    @Test
    void reportsAPeriodBeforeTheLatest() {
        var findings = check(rule, IJW.declaratie("2026-06-05", "DN9", "2026-04", client(BSN, may("RN1")
                .periode("2026-04-08", "2026-04-30"))), declaredUpToMay());
        assertThat(codes(findings)).containsExactly("8214");
        assertThat(findings.get(0).location()).startsWith("/Bericht/Declaratie/DeclaratiePeriode");
    }

    @Test
    void passesForTheLatestPeriodAgainAndForALaterOne() {
        StateStore state = declaredUpToMay();
        assertThat(check(rule, IJW.declaratie("2026-06-05", "DN9", "2026-05", client(BSN, may("RN1")
                .periode("2026-03-01", "2026-03-31"))), state)).isEmpty();
        assertThat(check(rule, IJW.declaratie("2026-07-05", "DN9", "2026-06", client(BSN, may("RN1"))), state))
                .isEmpty();
    }
}
