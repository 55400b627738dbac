package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.BSN;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.IJW;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.inMarch;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.march;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Severity;

class DeclaredAllocationWasStartedTests {

    private final DeclaredAllocationWasStarted rule = new DeclaredAllocationWasStarted(VariantFixtures.contracts());

    @Test
    void passesWhenTheAllocationWasStarted() {
        // given
        StateStore state = VariantFixtures.allocated();
        started(state, 600, "45A04");
        started(state, 601, "45A05");
        // when / then
        assertThat(check(rule, march(inMarch(600, "45A04").geleverd(12, "04", 6500L)), state)).isEmpty();
        assertThat(check(rule, march(inMarch(601, "45A05").euros(50000)), state)).isEmpty();
    }

    @Test
    void passesWhenTheStartWasStoppedSinceThen() {
        // near miss: a stopped start is still a start
        StateStore state = VariantFixtures.allocated();
        started(state, 600, "45A04");
        accepted(state, IJW.stop("2026-03-01", BSN, levering(600L).product("45", "45A04").begin("2026-01-05")
                .stop("31", "2026-02-28")));
        assertThat(check(rule, march(inMarch(600, "45A04").geleverd(12, "04", 6500L)), state)).isEmpty();
    }

    @Test
    void reportsADeclaredAllocationWithoutStart() {
        // given a start of another allocation only
        StateStore state = VariantFixtures.allocated();
        started(state, 601, "45A05");
        // when
        List<Finding> findings = check(rule, march(inMarch(600, "45A04").geleverd(12, "04", 6500L)), state);
        // then a warning, never a rejection (OP364)
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ToewijzingNummer");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).text()).contains("600", "inspanningsgericht", "OP295");
    }

    @Test
    void reportsWhenTheStartWasCancelled() {
        // given the start deleted with StatusAanlevering 3
        StateStore state = VariantFixtures.allocated();
        started(state, 602, "45A06");
        accepted(state, IJW.start("2026-01-07", BSN, levering(602L).product("45", "45A06").begin("2026-01-05")
                .verwijder()));
        // when / then
        assertThat(check(rule, march(inMarch(602, "45A06").geleverd(4, "82", 9000L)), state)).hasSize(1);
    }

    @Test
    void passesForTaakgerichtUncontractedUnknownAllocationsCreditsAndWithoutContracts() {
        StateStore state = VariantFixtures.allocated();
        assertThat(check(rule, march(inMarch(603, "45A07").geleverd(12, "04", 6500L)), state)).isEmpty();
        assertThat(check(rule, march(inMarch(600, "45A99").geleverd(12, "04", 6500L)), state)).isEmpty();
        assertThat(check(rule, march(inMarch(999, "45A04").geleverd(12, "04", 6500L)), state)).isEmpty();
        assertThat(check(rule, march(inMarch(600, "45A04").geleverd(12, "04", 6500L).credit("RN1")), state))
                .isEmpty();
        assertThat(check(new DeclaredAllocationWasStarted(Contracts.NONE),
                march(inMarch(600, "45A04").geleverd(12, "04", 6500L)), state)).isEmpty();
    }
}
