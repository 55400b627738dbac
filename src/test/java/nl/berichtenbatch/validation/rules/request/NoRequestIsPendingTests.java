package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.BSN;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.IJW;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.OTHER_BSN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.state.StateStore;

class NoRequestIsPendingTests {

    private final NoRequestIsPending rule = new NoRequestIsPending();

    private StateStore pending() {
        StateStore state = RequestFixtures.allocated();
        accepted(state, IJW.verzoekOmToewijzing("2026-03-01", BSN, aanvraag("R1")));
        accepted(state, IJW.antwoord("2026-03-03", "R1", "2", null, null));
        return state;
    }

    private String nextRequest() {
        return IJW.verzoekOmToewijzing("2026-03-10", BSN, aanvraag("R2").product("45", "45A03"),
                aanvraag("R3").product("45", "45A04"));
    }

    @Test
    void reportsEveryAangevraagdProductWhileARequestIsInInvestigation() {
        var findings = check(rule, nextRequest(), pending());
        assertThat(codes(findings)).containsExactly("9374", "9374");
        assertThat(findings.get(1).location()).isEqualTo("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]");
    }

    @Test
    void reportsAVerzoekOmWijzigingOnTheVerzoek() {
        var findings = check(rule, IJW.verzoekOmWijziging("2026-10-01", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, "2026-12-01").eind("2027-12-31").omvang(4, "04", "2")), pending());
        assertThat(findings).extracting(f -> f.location()).containsExactly("/Bericht/Client/Verzoek");
    }

    @Test
    void passesWhenThePendingRequestWasRejectedOrHonoured() {
        StateStore rejected = pending();
        accepted(rejected, IJW.antwoord("2026-03-08", "R1", "1", "4", null));
        assertThat(check(rule, nextRequest(), rejected)).isEmpty();

        StateStore honoured = pending();
        accepted(honoured, IJW.toewijzing("2026-03-08", BSN, toegewezen(300100).periode("2026-04-01", "2026-09-30")
                .referentie("R1")));
        assertThat(check(rule, nextRequest(), honoured)).isEmpty();
    }

    @Test
    void passesForAnotherClient() {
        assertThat(check(rule, IJW.verzoekOmToewijzing("2026-03-10", OTHER_BSN, aanvraag("R2")), pending())).isEmpty();
    }
}
