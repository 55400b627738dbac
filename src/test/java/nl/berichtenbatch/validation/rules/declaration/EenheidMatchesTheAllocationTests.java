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
import nl.berichtenbatch.validation.rules.TestContracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

@SuppressWarnings("unused")
class EenheidMatchesTheAllocationTests {

    private final EenheidMatchesTheAllocation rule = new EenheidMatchesTheAllocation(Contracts.NONE);

    private static TestBerichten.Regel on(long nummer, String code, long volume, String eenheid, Long tarief) {
        return prestatie("RN1", nummer).product("45", code).periode("2026-05-01", "2026-05-31")
                .geleverd(volume, eenheid, tarief);
    }

    private static String may(TestBerichten.Regel prestatie) {
        return IJW.declaratie("2026-06-05", "DN1", "2026-05", client(BSN, prestatie));
    }

    @Test
    void passesForTheAllocatedUnitAndMinutesForHours() {
        assertThat(check(rule, may(on(300201, "45A04", 10, "04", 6500L)), DeclarationFixtures.allocated())).isEmpty();
        assertThat(check(rule, may(on(300201, "45A04", 600, "01", 108L)), DeclarationFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsAnotherUnit() {
        // V-07
        var findings = check(rule, may(on(300201, "45A04", 10, "16", 6500L)), DeclarationFixtures.allocated());
        assertThat(codes(findings)).containsExactly("9341");
        assertThat(findings.get(0).location()).endsWith("Prestatie[1]/Eenheid");
    }

    @Test
    void checksAnAspecificAllocationOnlyAgainstTheContracts() {
        String pieces = may(on(300300, "45A03", 10, "84", 1250L));
        assertThat(check(rule, pieces, DeclarationFixtures.allocated())).isEmpty();
        var withContracts = new EenheidMatchesTheAllocation(DeclarationFixtures.contracts());
        assertThat(codes(withContracts.check(nl.berichtenbatch.validation.rules.RuleTestSupport.context(
                nl.berichtenbatch.validation.rules.RuleTestSupport.read(pieces), DeclarationFixtures.allocated()))))
                .containsExactly("9341");
        assertThat(withContracts.check(nl.berichtenbatch.validation.rules.RuleTestSupport.context(
                nl.berichtenbatch.validation.rules.RuleTestSupport.read(may(on(300300, "45A03", 10, "04", 1250L))),
                DeclarationFixtures.allocated()))).isEmpty();
    }

    @Test
    void allowsMinutesOnAnAspecificAllocationUnderAnHourContractForTheCategory() {
        // given category 45 contracted per hour as a whole
        var rule = new EenheidMatchesTheAllocation(TestContracts.of(
                TestContracts.row(1, "45", null, Variant.INSPANNINGSGERICHT, "04", 5000L)));
        // when / then
        assertThat(check(rule, may(on(300300, "45A03", 90, "01", 83L)), DeclarationFixtures.allocated())).isEmpty();
        assertThat(check(rule, may(on(300300, "45A03", 2, "04", 5000L)), DeclarationFixtures.allocated())).isEmpty();
        assertThat(codes(check(rule, may(on(300300, "45A03", 2, "16", 5000L)), DeclarationFixtures.allocated())))
                .containsExactly("9341");
    }
}
