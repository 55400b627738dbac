package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
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

class UnitIsTheContractUnitTests {

    private final UnitIsTheContractUnit rule = new UnitIsTheContractUnit(VariantFixtures.contracts());

    private static String allocation(String code, long volume, String eenheid) {
        return IJW.toewijzing("2025-12-15", BSN, toegewezen(1).product("45", code).periode("2026-01-01", "2026-12-31")
                .omvang(volume, eenheid, "4"));
    }

    @Test
    void passesForTheContractUnitAndForMinutesUnderAnHourContract() {
        assertThat(check(rule, allocation("45A04", 3, "04"), freshState())).isEmpty();
        assertThat(check(rule, allocation("45A04", 180, "01"), freshState())).isEmpty();
        assertThat(check(rule, allocation("45A06", 4, "82"), freshState())).isEmpty();
    }

    @Test
    void reportsAnotherUnitThanTheContracts() {
        // when
        List<Finding> findings = check(rule, allocation("45A04", 5, "16"), freshState());
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang/Eenheid");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).text()).contains("16 (dagdeel)", "line 2", "04 (uur)");
    }

    @Test
    void reportsHoursUnderAMinuteContract() {
        // near miss the other way round: a minute contract does not cover hours
        UnitIsTheContractUnit minutes = new UnitIsTheContractUnit(TestContracts.of(
                TestContracts.row(1, "45", "45A04", Variant.INSPANNINGSGERICHT, "01", 110L)));
        assertThat(check(minutes, allocation("45A04", 3, "04"), freshState())).hasSize(1);
    }

    @Test
    void readsTheRowOfTheCodeBeforeTheRowOfTheCategory() {
        // given 46 as a whole in etmalen, 46A02 in hours
        UnitIsTheContractUnit both = new UnitIsTheContractUnit(TestContracts.of(
                TestContracts.row(1, "46", null, Variant.INSPANNINGSGERICHT, "14", 25000L),
                TestContracts.row(2, "46", "46A02", Variant.INSPANNINGSGERICHT, "04", 6000L)));
        String hours = IJW.toewijzing("2025-12-15", BSN, toegewezen(1).product("46", "46A02")
                .periode("2026-01-01", "2026-12-31").omvang(3, "04", "4"));
        // when / then
        assertThat(check(both, hours, freshState())).isEmpty();
        assertThat(check(both, hours.replace("46A02", "46A01"), freshState())).hasSize(1);
    }

    @Test
    void checksRequestsAndNewProductsToo() {
        String request = IJW.verzoekOmToewijzing("2025-12-15", BSN, aanvraag("R1").product("45", "45A04")
                .periode("2026-01-01", "2026-06-30").omvang(2, "14", "4"));
        String change = IJW.verzoekOmWijziging("2025-12-15", BSN, "R2", ongewijzigd(4711),
                nieuw("45", "45A04", "2026-01-01").eind("2026-06-30").omvang(2, "14", "4"));
        assertThat(check(rule, request, freshState())).hasSize(1);
        assertThat(check(rule, change, freshState())).hasSize(1);
    }

    @Test
    void passesWithoutOmvangUncontractedTaakgerichtOrWithoutContracts() {
        String aspecific = IJW.toewijzing("2025-12-15", BSN, toegewezen(1).aspecifiek("45", null)
                .periode("2026-01-01", "2026-12-31"));
        assertThat(check(rule, aspecific, freshState())).isEmpty();
        assertThat(check(rule, allocation("45A99", 5, "16"), freshState())).isEmpty();
        assertThat(check(rule, allocation("45A07", 5, "16"), freshState())).isEmpty();
        assertThat(check(new UnitIsTheContractUnit(Contracts.NONE), allocation("45A04", 5, "16"), freshState()))
                .isEmpty();
    }
}
