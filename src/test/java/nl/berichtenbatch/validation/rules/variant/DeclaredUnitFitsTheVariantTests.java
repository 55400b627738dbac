package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.inMarch;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.march;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.validation.Finding;

class DeclaredUnitFitsTheVariantTests {

    private final DeclaredUnitFitsTheVariant rule = new DeclaredUnitFitsTheVariant(VariantFixtures.contracts());

    @Test
    void passesForUnitsOfTheContractsVariant() {
        assertThat(check(rule, march(inMarch(600, "45A04").geleverd(12, "04", 6500L)),
                VariantFixtures.allocated())).isEmpty();
        // another effort unit than the contract's is TR341's business, not a variant mismatch
        assertThat(check(rule, march(inMarch(600, "45A04").geleverd(3, "16", 6500L)),
                VariantFixtures.allocated())).isEmpty();
        assertThat(check(rule, march(inMarch(601, "45A05").euros(50000)), VariantFixtures.allocated())).isEmpty();
        assertThat(check(rule, march(inMarch(602, "45A06").geleverd(4, "82", 9000L)),
                VariantFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsHoursUnderAnOutputContract() {
        // when
        List<Finding> findings = check(rule, march(inMarch(602, "45A06").geleverd(4, "04", 9000L)),
                VariantFixtures.allocated());
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/Eenheid");
        assertThat(findings.get(0).text()).contains("04 (uur)", "inspanningsgericht", "line 4", "outputgericht");
    }

    @Test
    void reportsOutputUnitsUnderAnEffortContract() {
        assertThat(check(rule, march(inMarch(600, "45A04").euros(50000)), VariantFixtures.allocated())).hasSize(1);
        assertThat(check(rule, march(inMarch(600, "45A04").geleverd(4, "82", 6500L)), VariantFixtures.allocated()))
                .hasSize(1);
        // effort pieces (84) are effort
        assertThat(check(rule, march(inMarch(602, "45A06").geleverd(4, "84", 9000L)), VariantFixtures.allocated()))
                .hasSize(1);
    }

    @Test
    void passesForTaakgerichtCreditsAndWithoutContracts() {
        assertThat(check(rule, march(inMarch(603, "45A07").euros(50000)), VariantFixtures.allocated())).isEmpty();
        assertThat(check(rule, march(inMarch(600, "45A04").euros(50000).credit("RN1")), VariantFixtures.allocated()))
                .isEmpty();
        assertThat(check(new DeclaredUnitFitsTheVariant(Contracts.NONE), march(inMarch(600, "45A04").euros(50000)),
                VariantFixtures.allocated())).isEmpty();
    }
}
