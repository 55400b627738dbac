package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.BSN;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.state.StateStore;

class ReferentieAanbiederIsNewTests {

    private final ReferentieAanbiederIsNew rule = new ReferentieAanbiederIsNew();

    @Test
    void passesForNewReferences() {
        StateStore state = freshState();
        accepted(state, IJW.verzoekOmToewijzing("2026-03-01", BSN, aanvraag("R1")));
        assertThat(check(rule, IJW.verzoekOmToewijzing("2026-03-02", BSN, aanvraag("R2")), state)).isEmpty();
    }

    @Test
    void reportsAReferenceOfAnEarlierRequestOnTheAangevraagdProduct() {
        StateStore state = freshState();
        accepted(state, IJW.verzoekOmToewijzing("2026-03-01", "999900018", aanvraag("R1")));
        var findings = check(rule, IJW.verzoekOmToewijzing("2026-03-02", BSN, aanvraag("R3"), aanvraag("R1")
                .product("45", "45A03")), state);
        assertThat(codes(findings)).containsExactly("9347");
        assertThat(findings.get(0).location())
                .isEqualTo("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder");
    }

    @Test
    void reportsAReferenceOfAnEarlierVerzoekOmToewijzingOnTheVerzoek() {
        StateStore state = RequestFixtures.allocated();
        accepted(state, IJW.verzoekOmToewijzing("2026-03-01", BSN, aanvraag("R1")));
        var findings = check(rule, IJW.verzoekOmWijziging("2026-10-01", BSN, "R1", ongewijzigd(910),
                teWijzigen(789, "2026-12-01").eind("2027-12-31").omvang(4, "04", "2")), state);
        assertThat(findings).extracting(f -> f.location()).containsExactly("/Bericht/Client/Verzoek/ReferentieAanbieder");
    }

    @Test
    void passesForAReferenceOfAnotherAanbieder() {
        StateStore state = freshState();
        accepted(state, IJW.between("0384", "42420002").verzoekOmToewijzing("2026-03-01", BSN, aanvraag("R1")));
        assertThat(check(rule, IJW.verzoekOmToewijzing("2026-03-02", BSN, aanvraag("R1")), state)).isEmpty();
    }
}
