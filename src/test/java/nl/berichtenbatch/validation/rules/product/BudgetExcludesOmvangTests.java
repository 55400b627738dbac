package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class BudgetExcludesOmvangTests {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    private final BudgetExcludesOmvang rule = new BudgetExcludesOmvang();

    @Test
    void passesWhenThereIsOnlyAnOmvang() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenThereIsOnlyABudget() {
        // given
        Fixture message = toewijzing().remove(PRODUCT + "/Product/Code").remove(PRODUCT + "/Omvang")
                .addAfter(PRODUCT + "/Einddatum", "Budget", "150000");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenABudgetComesWithAnOmvang() {
        // given
        Fixture message = toewijzing().addAfter(PRODUCT + "/Omvang", "Budget", "150000");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRODUCT + "/Budget",
                "/Bericht/" + PRODUCT + "/Omvang");
    }

    @Test
    void reportsWhenARequestedProductHasBoth() {
        // given
        Fixture message = verzoekOmToewijzing()
                .addAfter("Client/AangevraagdeProducten/AangevraagdProduct/Omvang", "Budget", "150000");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }
}
