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
class PrestatieBelongsToTheClientTests {

    private final PrestatieBelongsToTheClient rule = new PrestatieBelongsToTheClient();

    /** A correct prestatie on 300201 (45/45A04, 3 hours per week from 2026-04-08): May 2026, 10 hours. */
    private static TestBerichten.Regel may(String referentie) {
        return prestatie(referentie, 300201).product("45", "45A04").periode("2026-05-01", "2026-05-31")
                .geleverd(10, "04", 6500L);
    }

    @Test
    void passesForTheClientsOwnAllocation() {
        assertThat(check(rule, declaratie("2026-05", may("RN1")), allocated())).isEmpty();
    }

    @Test
    void reportsAPrestatieUnderAnotherBsn() {
        var findings = check(rule, IJW.declaratie("2026-06-05", "DN1", "2026-05", client(BSN, may("RN1")),
                client(OTHER_BSN, may("RN2"))), allocated());
        assertThat(codes(findings)).containsExactly("8187");
        assertThat(findings.get(0).location()).startsWith("/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]");
    }

    @Test
    void passesForAnUnknownAllocation() {
        assertThat(check(rule, IJW.declaratie("2026-06-05", "DN1", "2026-05", client(OTHER_BSN,
                prestatie("RN1", 999))), allocated())).isEmpty();
    }

    @Test
    void reportsAChangeRequestNamingAnAllocationOfAnotherClient() {
        String request = IJW.verzoekOmWijziging("2026-05-10", OTHER_BSN, "W1", TestBerichten.ongewijzigd(300300),
                TestBerichten.teWijzigen(300201, "2026-04-08").eind("2026-06-30").omvang(3, "04", "2"));
        assertThat(codes(check(rule, request, allocated()))).containsExactly("8187", "8187");
        assertThat(check(rule, request.replace(OTHER_BSN, BSN), allocated())).isEmpty();
    }

    @Test
    void reportsAReturnedPrestatieThatWasDeclaredUnderAnotherBsn() {
        // given a declaration the aanbieder sent, with RN1 under BSN
        StateStore state = allocated();
        accepted(state, IJW.identificatie("A323-1").declaratie("2026-06-05", "DN1", "2026-05", client(BSN, may("RN1"))));
        // when the 325 returns RN1 under another Bsn
        String answer = IJW.declaratieAntwoord("2026-06-10", "A323-1", "2026-06-05", "DN1", 65000, 0, "9340",
                client(OTHER_BSN, may("RN1")));
        // then
        assertThat(codes(check(rule, answer, state))).containsExactly("8187");
        assertThat(check(rule, answer.replace(OTHER_BSN, BSN), state)).isEmpty();
    }
}
