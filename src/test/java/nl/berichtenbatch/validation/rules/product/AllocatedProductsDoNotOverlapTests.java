package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.iwmo;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class AllocatedProductsDoNotOverlapTests {

    private static final String PRODUCTS = "Client/ToegewezenProducten/";
    private static final String FIRST = PRODUCTS + "ToegewezenProduct[1]";
    private static final String SECOND = PRODUCTS + "ToegewezenProduct[2]";

    private final AllocatedProductsDoNotOverlap rule = new AllocatedProductsDoNotOverlap();

    /** The sample allocation (2026-03-01 to 2027-08-31) twice, the second with its own number. */
    private static Fixture twoAllocations() {
        return toewijzing().copy(PRODUCTS + "ToegewezenProduct").set(SECOND + "/ToewijzingNummer", "1002");
    }

    @Test
    void passesWhenThereIsOneAllocation() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheSameProductIsAllocatedTwice() {
        // given
        Fixture message = twoAllocations();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + FIRST, "/Bericht/" + SECOND);
    }

    @Test
    void reportsWhenThePeriodsShareOneDay() {
        // given the second starts on the day the first ends
        Fixture message = twoAllocations().set(FIRST + "/Einddatum", "2026-06-30")
                .set(SECOND + "/Ingangsdatum", "2026-06-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void passesWhenThePeriodsFollowEachOther() {
        // given the second starts the day after the first ends
        Fixture message = twoAllocations().set(FIRST + "/Einddatum", "2026-06-30")
                .set(SECOND + "/Ingangsdatum", "2026-07-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheCodesDifferWithinOneCategory() {
        // given
        Fixture message = twoAllocations().set(SECOND + "/Product/Code", "45A02");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAnAspecificAllocationOverlapsASpecificOne() {
        // given the second has no code, so it covers all of category 45
        Fixture message = twoAllocations().remove(SECOND + "/Product/Code").remove(SECOND + "/Omvang");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void passesWhenTheOverlappingAllocationIsDeleted() {
        // given the second is deleted (Einddatum = Ingangsdatum, RedenWijziging 13)
        Fixture message = twoAllocations().set(SECOND + "/Einddatum", "2026-03-01")
                .addAfter(SECOND + "/Einddatum", "RedenWijziging", "13");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenIwmoAidsOverlap() {
        // given two iWmo allocations of category 12 (hulpmiddelen) in the same period
        String product = PRODUCTS + "ToegewezenProduct";
        Fixture message = iwmo(MessageType.TOEWIJZING).set(product + "/Product/Categorie", "12")
                .set(product + "/Product/Code", "12A01").copy(product).set(SECOND + "/ToewijzingNummer", "2002");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenOtherIwmoProductsOverlap() {
        // given the same in iWmo category 01
        String product = PRODUCTS + "ToegewezenProduct";
        Fixture message = iwmo(MessageType.TOEWIJZING).copy(product).set(SECOND + "/ToewijzingNummer", "2002");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }
}
