package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijziging;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class BudgetComesWithEinddatumTests {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    private final BudgetComesWithEinddatum rule = new BudgetComesWithEinddatum();

    /** An aspecific allocation with a budget. */
    private static Fixture budgetAllocation() {
        return toewijzing().remove(PRODUCT + "/Product/Code").remove(PRODUCT + "/Omvang")
                .addAfter(PRODUCT + "/Einddatum", "Budget", "150000");
    }

    @Test
    void passesWhenABudgetHasAnEinddatum() {
        // given
        Fixture message = budgetAllocation();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenABudgetHasNoEinddatum() {
        // given
        Fixture message = budgetAllocation().remove(PRODUCT + "/Einddatum");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRODUCT + "/Budget");
    }

    @Test
    void passesWhenThereIsNeitherBudgetNorEinddatum() {
        // given
        Fixture message = toewijzing().remove(PRODUCT + "/Einddatum").set(PRODUCT + "/Omvang/Frequentie", "4");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAProductToChangeHasABudgetButNoEinddatum() {
        // given
        String product = "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct";
        Fixture message = verzoekOmWijziging().remove(product + "/Omvang").remove(product + "/Einddatum")
                .addAfter(product + "/GewensteIngangsdatum", "Budget", "150000");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + product + "/Budget");
    }
}
