package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.variant.AllocationTables.BSN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Severity;
import nl.berichtenbatch.validation.rules.TestContracts;

class AllocationFitsTheVariantTests {

    private static final List<MessageType> CARRIERS = List.of(MessageType.TOEWIJZING,
            MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING);

    static Stream<Arguments> rows() {
        return AllocationTables.ROWS.stream().flatMap(row -> CARRIERS.stream().map(type -> Arguments.of(row, type)));
    }

    static Stream<Arguments> invalidCombinations() {
        return AllocationTables.invalidCombinations().stream()
                .flatMap(invalid -> CARRIERS.stream().map(type -> Arguments.of(invalid, type)));
    }

    @ParameterizedTest(name = "{0} in a {1}")
    @MethodSource("rows")
    void passesWhenTheProductFitsARowOfItsVariant(AllocationTables.Row row, MessageType type) {
        // given the product class of the row, under a contract of the row's variant
        AllocationFitsTheVariant rule = new AllocationFitsTheVariant(AllocationTables.contracts(row.variant()));
        String xml = AllocationTables.message(TestBerichten.ijw(), type, row.shape());
        // when
        List<Finding> findings = AllocationTables.level2And(rule, xml);
        // then neither the standard nor the rule finds anything
        assertThat(findings).isEmpty();
    }

    @ParameterizedTest(name = "{0} in a {1}")
    @MethodSource("invalidCombinations")
    void reportsEveryInvalidCombination(AllocationTables.Invalid invalid, MessageType type) {
        // given
        AllocationFitsTheVariant rule = new AllocationFitsTheVariant(AllocationTables.contracts(invalid.variant()));
        String xml = AllocationTables.message(TestBerichten.ijw(), type, invalid.shape());
        // when
        List<Finding> findings = AllocationTables.level2And(rule, xml);
        // then the standard's level-2 rules or BB101 catch it
        assertThat(findings).extracting(Finding::rule).as(findings.toString())
                .containsAnyElementsOf(invalid.caughtBy());
    }

    @Test
    void reportsAWarningThatNamesTheVariantTheContractLineAndWhatDoesNotFit() {
        // given an allocation in euros under an inspanningsgericht contract
        AllocationFitsTheVariant rule = new AllocationFitsTheVariant(AllocationTables.contracts(Variant.INSPANNINGSGERICHT));
        String xml = TestBerichten.ijw().toewijzing("2025-12-15", BSN, toegewezen(7).product("45", "45A04")
                .periode("2026-01-01", "2026-12-31").omvang(30000, "83", "4"));
        // when
        List<Finding> findings = check(rule, xml, freshState());
        // then
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.retourcode()).isNull();
        assertThat(finding.location()).isEqualTo("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]");
        assertThat(finding.text()).contains("inspanningsgericht", "line 3", "Eenheid 83 (euro's)", "outputgericht");
        assertThat(rule.spec().variant()).isTrue();
    }

    @Test
    void reportsAnAllocationForATaakgerichtProduct() {
        // given a specific contract row for 45A04 that is taakgericht, next to an effort row for the category
        AllocationFitsTheVariant rule = new AllocationFitsTheVariant(TestContracts.of(
                TestContracts.row(2, "45", null, Variant.INSPANNINGSGERICHT, "04", 6500L),
                TestContracts.row(5, "45", "45A04", Variant.TAAKGERICHT, "04", null)));
        String xml = TestBerichten.ijw().toewijzing("2025-12-15", BSN,
                toegewezen(1).product("45", "45A04").periode("2026-01-01", null).omvang(3, "04", "4"),
                toegewezen(2).product("45", "45A03").periode("2026-01-01", null).omvang(3, "04", "4"));
        // when
        List<Finding> findings = check(rule, xml, freshState());
        // then only the taakgericht product, naming its line
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]");
        assertThat(findings.get(0).text()).contains("taakgericht", "line 5", "no products to clients");
    }

    @Test
    void passesWhenTheContractSaysNothingOrNoContractsAreConfigured() {
        // given euros, which fit no effort row, for a product the contracts do not name, and without contracts
        String xml = TestBerichten.ijw().toewijzing("2025-12-15", BSN, toegewezen(7).product("46", "46A01")
                .periode("2026-01-01", "2026-12-31").omvang(30000, "83", "4"));
        // when / then
        assertThat(check(new AllocationFitsTheVariant(AllocationTables.contracts(Variant.INSPANNINGSGERICHT)), xml,
                freshState())).isEmpty();
        assertThat(check(new AllocationFitsTheVariant(Contracts.NONE), xml.replace("46A01", "45A04")
                .replace(">46<", ">45<"), freshState())).isEmpty();
    }

    @Test
    void passesForATrajectoryInEurosWithoutEinddatumAsRowO7() {
        // near miss: O8 (traject, Einddatum required) looks like O7 (Einddatum optional) in a message
        AllocationFitsTheVariant rule = new AllocationFitsTheVariant(AllocationTables.contracts(Variant.OUTPUTGERICHT));
        String xml = TestBerichten.ijw().toewijzing("2025-12-15", BSN, toegewezen(8).product("45", "45A05")
                .periode("2026-01-01", null).omvang(250000, "83", "6"));
        // when / then
        assertThat(check(rule, xml, freshState())).isEmpty();
    }

    @Test
    void passesForAnIwmoAspecificOutputAllocationOutsideCategory55() {
        // near miss: the LTA footnote is iJw's; iWmo has no category 55
        AllocationFitsTheVariant rule = new AllocationFitsTheVariant(TestContracts.of(TestContracts.row(1, "0363",
                "65656055", "02", null, Variant.OUTPUTGERICHT, "83", null, "2020-01-01", null)));
        String xml = TestBerichten.iwmo().toewijzing("2025-12-15", BSN, toegewezen(9).aspecifiek("02", null)
                .periode("2026-01-01", null));
        // when / then
        assertThat(check(rule, xml, freshState())).isEmpty();
        assertThat(check(rule, TestBerichten.ijw().toewijzing("2025-12-15", BSN, toegewezen(9)
                .aspecifiek("45", null).periode("2026-01-01", null)), freshState())).isEmpty();
    }

    @Test
    void checksATeWijzigenProductAsTheProductOfItsAllocation() {
        // given an effort allocation of 45/45A04 and a change request that asks for euros
        StateStore state = freshState();
        accepted(state, TestBerichten.ijw().toewijzing("2025-12-01", BSN, toegewezen(300).product("45", "45A04")
                .periode("2026-01-01", "2026-12-31").omvang(3, "04", "4")));
        AllocationFitsTheVariant rule = new AllocationFitsTheVariant(AllocationTables.contracts(Variant.INSPANNINGSGERICHT));
        String euros = TestBerichten.ijw().verzoekOmWijziging("2026-02-01", BSN, "R9",
                teWijzigen(300, "2026-03-01").eind("2026-12-31").omvang(20000, "83", "4"));
        String hours = euros.replace(">20000<", ">4<").replace(">83<", ">04<");
        // when / then
        assertThat(check(rule, euros, state)).extracting(Finding::location)
                .containsExactly("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]");
        assertThat(check(rule, hours, state)).isEmpty();
    }

    @Test
    void readsTheContractValidOnTheProductsFirstDay() {
        // given 45 is outputgericht until 2025-12-31 and inspanningsgericht from 2026-01-01
        AllocationFitsTheVariant rule = new AllocationFitsTheVariant(TestContracts.of(
                TestContracts.row(1, TestContracts.GEMEENTE, TestContracts.AANBIEDER, "45", null,
                        Variant.OUTPUTGERICHT, "83", null, "2020-01-01", "2025-12-31"),
                TestContracts.row(2, TestContracts.GEMEENTE, TestContracts.AANBIEDER, "45", null,
                        Variant.INSPANNINGSGERICHT, "04", 6500L, "2026-01-01", null)));
        // when / then hours fit from 2026, not in 2025
        assertThat(check(rule, TestBerichten.ijw().toewijzing("2025-12-15", BSN, toegewezen(1).product("45", "45A04")
                .periode("2026-01-01", null).omvang(3, "04", "4")), freshState())).isEmpty();
        assertThat(check(rule, TestBerichten.ijw().toewijzing("2025-12-15", BSN, toegewezen(1).product("45", "45A04")
                .periode("2025-12-01", null).omvang(3, "04", "4")), freshState())).hasSize(1);
    }
}
