package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.inMarch;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.march;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Severity;

class NoDeclarationForATaakgerichtProductTests {

    private final NoDeclarationForATaakgerichtProduct rule =
            new NoDeclarationForATaakgerichtProduct(VariantFixtures.contracts());

    @Test
    void passesForEffortAndOutputProducts() {
        assertThat(check(rule, march(inMarch(600, "45A04").geleverd(12, "04", 6500L)),
                VariantFixtures.allocated())).isEmpty();
        assertThat(check(rule, march(inMarch(601, "45A05").euros(50000)), VariantFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsAPrestatieForATaakgerichtProduct() {
        // when
        List<Finding> findings = check(rule, march(inMarch(603, "45A07").geleverd(12, "04", 6500L)),
                VariantFixtures.allocated());
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).retourcode()).isNull();
        assertThat(findings.get(0).text()).contains("45/45A07", "taakgericht", "line 5");
    }

    @Test
    void passesForACreditUncontractedProductsAndWithoutContracts() {
        assertThat(check(rule, march(inMarch(603, "45A07").geleverd(12, "04", 6500L).credit("RN1")),
                VariantFixtures.allocated())).isEmpty();
        assertThat(check(rule, march(inMarch(603, "45A99").geleverd(12, "04", 6500L)),
                VariantFixtures.allocated())).isEmpty();
        assertThat(check(new NoDeclarationForATaakgerichtProduct(Contracts.NONE),
                march(inMarch(603, "45A07").geleverd(12, "04", 6500L)), VariantFixtures.allocated())).isEmpty();
    }
}
