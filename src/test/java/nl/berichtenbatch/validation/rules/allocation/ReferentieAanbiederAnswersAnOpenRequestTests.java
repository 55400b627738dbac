package nl.berichtenbatch.validation.rules.allocation;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

class ReferentieAanbiederAnswersAnOpenRequestTests {

    private static final String BSN = "999900006";
    private final ReferentieAanbiederAnswersAnOpenRequest rule = new ReferentieAanbiederAnswersAnOpenRequest();
    private final TestBerichten ijw = TestBerichten.ijw();

    private StateStore requested() {
        StateStore state = freshState();
        accepted(state, ijw.verzoekOmToewijzing("2026-03-01", BSN, aanvraag("R1"), aanvraag("R2")
                .product("45", "45A03")));
        return state;
    }

    private String honouring(String... referenties) {
        TestBerichten.Toegewezen[] products = new TestBerichten.Toegewezen[referenties.length];
        for (int i = 0; i < referenties.length; i++) {
            products[i] = toegewezen(300100 + i).periode("2026-04-01", "2026-09-30").referentie(referenties[i]);
        }
        return ijw.toewijzing("2026-03-05", BSN, products);
    }

    @Test
    void passesForAnOpenRequestAndWithoutReference() {
        StateStore state = requested();
        assertThat(check(rule, honouring("R1", "R2"), state)).isEmpty();
        assertThat(check(rule, ijw.toewijzing("2026-03-05", BSN, toegewezen(300200)), state)).isEmpty();
    }

    @Test
    void passesWhileTheRequestIsInInvestigation() {
        StateStore state = requested();
        accepted(state, ijw.antwoord("2026-03-03", "R1", "2", null, null));
        assertThat(check(rule, honouring("R1"), state)).isEmpty();
    }

    @Test
    void reportsAnUnknownReferenceOrOneOfAnotherClient() {
        StateStore state = requested();
        assertThat(codes(check(rule, honouring("R9"), state))).containsExactly("9379");
        assertThat(codes(check(rule, ijw.toewijzing("2026-03-05", "999900018", toegewezen(300300).referentie("R1")),
                state))).containsExactly("9379");
    }

    @Test
    void reportsAReferenceThatWasHonouredBefore() {
        StateStore state = requested();
        accepted(state, honouring("R1"));
        var findings = check(rule, ijw.toewijzing("2026-05-01", BSN, toegewezen(300100)
                .periode("2026-04-01", "2026-09-30").referentie("R1").reden("05")), state);
        assertThat(codes(findings)).containsExactly("9379");
        assertThat(findings.get(0).location()).endsWith("ToegewezenProduct[1]/ReferentieAanbieder");
    }

    @Test
    void reportsAReferenceOfARejectedRequest() {
        StateStore state = requested();
        accepted(state, ijw.antwoord("2026-03-03", "R2", "1", "4", null));
        assertThat(codes(check(rule, honouring("R2"), state))).containsExactly("9379");
    }
}
