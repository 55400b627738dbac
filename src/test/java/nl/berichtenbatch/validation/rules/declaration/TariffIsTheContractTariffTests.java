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
class TariffIsTheContractTariffTests {

    private final TariffIsTheContractTariff rule = new TariffIsTheContractTariff(DeclarationFixtures.contracts());

    private static TestBerichten.Regel on(long nummer, String code, long volume, String eenheid, Long tarief) {
        return prestatie("RN1", nummer).product("45", code).periode("2026-05-01", "2026-05-31")
                .geleverd(volume, eenheid, tarief);
    }

    private static String may(TestBerichten.Regel prestatie) {
        return IJW.declaratie("2026-06-05", "DN1", "2026-05", client(BSN, prestatie));
    }

    @Test
    void passesForTheContractTariffAndItsMinuteTariff() {
        assertThat(check(rule, may(on(300201, "45A04", 10, "04", 6500L)), DeclarationFixtures.allocated())).isEmpty();
        assertThat(check(rule, may(on(300201, "45A04", 95, "01", 108L).bedrag(10292)),
                DeclarationFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsAnotherTariff() {
        // V-06
        var findings = check(rule, may(on(300201, "45A04", 12, "04", 6000L)), DeclarationFixtures.allocated());
        assertThat(codes(findings)).containsExactly("0611");
        assertThat(findings.get(0).location()).endsWith("Prestatie[1]/ProductTarief");
        assertThat(codes(check(rule, may(on(300201, "45A04", 95, "01", 109L)), DeclarationFixtures.allocated())))
                .containsExactly("0611");
    }

    @Test
    void doesNotRunWithoutContractsOrForEuros() {
        var withoutContracts = new TariffIsTheContractTariff(Contracts.NONE);
        assertThat(withoutContracts.check(nl.berichtenbatch.validation.rules.RuleTestSupport.context(
                nl.berichtenbatch.validation.rules.RuleTestSupport.read(may(on(300201, "45A04", 12, "04", 6000L))),
                DeclarationFixtures.allocated()))).isEmpty();
        assertThat(check(rule, may(on(300201, "45A05", 12000, "83", null)), DeclarationFixtures.allocated()))
                .isEmpty();
    }

    /** 45A04 at 6000 per hour until 2026-04-30 and 6500 from 2026-05-01; the rest of category 45 at 5000 per hour. */
    private static Contracts dated() {
        return TestContracts.of(
                TestContracts.row(1, TestContracts.GEMEENTE, TestContracts.AANBIEDER, "45", "45A04",
                        Variant.INSPANNINGSGERICHT, "04", 6000L, "2020-01-01", "2026-04-30"),
                TestContracts.row(2, TestContracts.GEMEENTE, TestContracts.AANBIEDER, "45", "45A04",
                        Variant.INSPANNINGSGERICHT, "04", 6500L, "2026-05-01", null),
                TestContracts.row(3, "45", null, Variant.INSPANNINGSGERICHT, "04", 5000L));
    }

    @Test
    void readsTheTariffValidOnTheFirstDayOfTheProductPeriod() {
        // given the tariff of 45A04 rises on 2026-05-01
        TariffIsTheContractTariff rule = new TariffIsTheContractTariff(dated());
        String april = IJW.declaratie("2026-05-05", "DN1", "2026-04", client(BSN, prestatie("RN1", 300201)
                .product("45", "45A04").periode("2026-04-08", "2026-04-30").geleverd(10, "04", 6000L)));
        // when / then
        assertThat(check(rule, april, DeclarationFixtures.allocated())).isEmpty();
        assertThat(check(rule, may(on(300201, "45A04", 10, "04", 6500L)), DeclarationFixtures.allocated())).isEmpty();
        assertThat(codes(check(rule, may(on(300201, "45A04", 10, "04", 6000L)), DeclarationFixtures.allocated())))
                .containsExactly("0611");
    }

    @Test
    void readsTheRowOfTheCodeBeforeTheRowOfItsCategory() {
        TariffIsTheContractTariff rule = new TariffIsTheContractTariff(dated());
        assertThat(check(rule, may(on(300300, "45A03", 10, "04", 5000L)), DeclarationFixtures.allocated())).isEmpty();
        assertThat(codes(check(rule, may(on(300300, "45A03", 10, "04", 6500L)), DeclarationFixtures.allocated())))
                .containsExactly("0611");
        // minutes against the category's hour tariff: 5000 / 60 = 83.33 -> 83
        assertThat(check(rule, may(on(300300, "45A03", 90, "01", 83L)), DeclarationFixtures.allocated())).isEmpty();
    }
}
