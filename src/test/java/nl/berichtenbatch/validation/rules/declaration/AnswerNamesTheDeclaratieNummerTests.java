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
class AnswerNamesTheDeclaratieNummerTests {

    private final AnswerNamesTheDeclaratieNummer rule = new AnswerNamesTheDeclaratieNummer();

    private static final TestBerichten.Regel MAY = prestatie("RN1", 300201).product("45", "45A04")
            .periode("2026-05-01", "2026-05-31").geleverd(10, "04", 6500L);

    /** The aanbieder's state after sending declaration A323-1 of 2026-06-05, DN1, with RN1 and RN2. */
    private static StateStore sent() {
        StateStore state = DeclarationFixtures.allocated();
        accepted(state, IJW.identificatie("A323-1").declaratie("2026-06-05", "DN1", "2026-05", client(BSN, MAY,
                prestatie("RN2", 300201).product("45", "45A04").periode("2026-05-01", "2026-05-31")
                        .geleverd(2, "04", 6500L))));
        return state;
    }

    private static String answer(String identificatie, String dagtekening, String nummer, TestBerichten.Regel... returned) {
        return returned.length == 0
                ? IJW.declaratieAntwoord("2026-06-10", identificatie, dagtekening, nummer, 78000, 78000, "8001")
                : IJW.declaratieAntwoord("2026-06-10", identificatie, dagtekening, nummer, 78000, 13000, "9340",
                        client(BSN, returned));
    }

    @Test
    void passesForTheDeclaratieNummer() {
        assertThat(check(rule, answer("A323-1", "2026-06-05", "DN1"), sent())).isEmpty();
    }

    @Test
    void reportsAnotherNumber() {
        var findings = check(rule, answer("A323-1", "2026-06-05", "DN2"), sent());
        assertThat(findings).extracting(f -> f.rule(), f -> f.location()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TR376", "/Bericht/DeclaratieAntwoord/DeclaratieNummer"));
    }
}
