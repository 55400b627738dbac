package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.BSN;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.validation.Finding;

class TaakgerichtDeliveryHasNoToewijzingNummerTests {

    private final TaakgerichtDeliveryHasNoToewijzingNummer rule =
            new TaakgerichtDeliveryHasNoToewijzingNummer(VariantFixtures.contracts());

    @Test
    void passesForATaakgerichtStartWithoutToewijzingNummerAndForAllocatedProducts() {
        assertThat(check(rule, IJW.start("2026-03-02", BSN, levering(null).product("45", "45A07")
                .begin("2026-03-01")), freshState())).isEmpty();
        assertThat(check(rule, IJW.start("2026-03-02", BSN, levering(600L).product("45", "45A04")
                .begin("2026-03-01")), freshState())).isEmpty();
    }

    @Test
    void reportsATaakgerichtStartOrStopLinkedToAnAllocation() {
        // when
        List<Finding> findings = check(rule, IJW.start("2026-03-02", BSN, levering(603L).product("45", "45A07")
                .begin("2026-03-01")), freshState());
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Client/StartProducten/StartProduct[1]/ToewijzingNummer");
        assertThat(findings.get(0).text()).contains("603", "taakgericht", "line 5");
        assertThat(check(rule, IJW.stop("2026-04-02", BSN, levering(603L).product("45", "45A07")
                .begin("2026-03-01").stop("31", "2026-04-01")), freshState())).hasSize(1);
    }

    @Test
    void passesForDeletionsAndWithoutContracts() {
        String linked = IJW.start("2026-03-02", BSN, levering(603L).product("45", "45A07").begin("2026-03-01"));
        assertThat(check(rule, IJW.start("2026-03-02", BSN, levering(603L).product("45", "45A07")
                .begin("2026-03-01").verwijder()), freshState())).isEmpty();
        assertThat(check(new TaakgerichtDeliveryHasNoToewijzingNummer(Contracts.NONE), linked, freshState()))
                .isEmpty();
    }
}
