package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.nieuw;
import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.BSN;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Severity;
import nl.berichtenbatch.validation.rules.TestContracts;

class ProductIsContractedTests {

    private final ProductIsContracted rule = new ProductIsContracted(VariantFixtures.contracts());

    private static String allocation(String categorie, String code, String ingang) {
        return IJW.toewijzing("2025-12-15", BSN, toegewezen(1).product(categorie, code).periode(ingang, "2026-12-31")
                .omvang(3, "04", "4"));
    }

    @Test
    void passesForAContractedCodeAndForACodeOfAContractedCategory() {
        assertThat(check(rule, allocation("45", "45A04", "2026-01-01"), freshState())).isEmpty();
        assertThat(check(rule, allocation("46", "46A09", "2026-01-01"), freshState())).isEmpty();
    }

    @Test
    void reportsAnAllocationOfAProductThePairDidNotContract() {
        // when
        List<Finding> findings = check(rule, allocation("45", "45A99", "2026-01-01"), freshState());
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).text()).contains("45/45A99", "0384", "42420001", "2026-01-01");
    }

    @Test
    void reportsAProductWhoseContractDoesNotCoverItsDate() {
        // given 45A04 contracted from 2026-02-01 only
        ProductIsContracted later = new ProductIsContracted(TestContracts.of(TestContracts.row(1,
                TestContracts.GEMEENTE, TestContracts.AANBIEDER, "45", "45A04", Variant.INSPANNINGSGERICHT, "04",
                6500L, "2026-02-01", null)));
        // when / then
        assertThat(check(later, allocation("45", "45A04", "2026-01-01"), freshState())).hasSize(1);
        assertThat(check(later, allocation("45", "45A04", "2026-02-01"), freshState())).isEmpty();
    }

    @Test
    void readsOnlyTheRowsOfThePair() {
        // given the same product contracted by another aanbieder
        ProductIsContracted other = new ProductIsContracted(TestContracts.of(TestContracts.row(1, "0384", "12345678",
                "45", "45A04", Variant.INSPANNINGSGERICHT, "04", 6500L, "2020-01-01", null)));
        assertThat(check(other, allocation("45", "45A04", "2026-01-01"), freshState())).hasSize(1);
    }

    @Test
    void passesForAnAspecificProductOfACategoryWithAnyRowAndLeavesGenericOnesAlone() {
        String aspecific = IJW.toewijzing("2025-12-15", BSN, toegewezen(1).aspecifiek("45", null)
                .periode("2026-01-01", "2026-12-31"), toegewezen(2).generiek(10000).periode("2026-01-01", "2026-12-31"));
        assertThat(check(rule, aspecific, freshState())).isEmpty();
        assertThat(check(rule, aspecific.replace(">45</", ">47</"), freshState())).hasSize(1);
    }

    @Test
    void checksRequestsAndNewProducts() {
        String request = IJW.verzoekOmToewijzing("2025-12-15", BSN, aanvraag("R1").product("45", "45A99")
                .periode("2026-01-01", "2026-06-30").omvang(2, "04", "4"));
        String change = IJW.verzoekOmWijziging("2025-12-15", BSN, "R2", ongewijzigd(4711),
                nieuw("45", "45A99", "2026-01-01").eind("2026-06-30").omvang(2, "04", "4"));
        assertThat(check(rule, request, freshState())).extracting(Finding::location)
                .containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]");
        assertThat(check(rule, change, freshState())).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]");
    }

    @Test
    void checksDebitsOfADeclarationOnTheFirstDayOfTheirPeriod() {
        String declared = VariantFixtures.march(VariantFixtures.inMarch(600, "45A99").geleverd(3, "04", 6500L));
        String credit = VariantFixtures.march(VariantFixtures.inMarch(600, "45A99").geleverd(3, "04", 6500L)
                .credit("RN0"));
        assertThat(check(rule, declared, freshState())).extracting(Finding::location)
                .containsExactly("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]");
        assertThat(check(rule, credit, freshState())).isEmpty();
        assertThat(check(rule, declared.replace("45A99", "45A04"), freshState())).isEmpty();
    }

    @Test
    void checksStartsAndStopsWithoutToewijzingNummerOnly() {
        String withoutNumber = IJW.start("2026-03-02", BSN, levering(null).product("45", "45A99").begin("2026-03-01"));
        String withNumber = IJW.start("2026-03-02", BSN, levering(600L).product("45", "45A99").begin("2026-03-01"));
        String stop = IJW.stop("2026-04-02", BSN, levering(null).product("45", "45A99").begin("2026-03-01")
                .stop("31", "2026-04-01"));
        assertThat(check(rule, withoutNumber, freshState())).extracting(Finding::location)
                .containsExactly("/Bericht/Client/StartProducten/StartProduct[1]");
        assertThat(check(rule, stop, freshState())).hasSize(1);
        assertThat(check(rule, withNumber, freshState())).isEmpty();
    }

    @Test
    void doesNotRunWithoutContracts() {
        assertThat(check(new ProductIsContracted(Contracts.NONE), allocation("45", "45A99", "2026-01-01"),
                freshState())).isEmpty();
    }
}
