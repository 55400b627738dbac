package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class AspecificAllocationHasNoOmvangTests {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    private final AspecificAllocationHasNoOmvang rule = new AspecificAllocationHasNoOmvang();

    @Test
    void passesWhenASpecificAllocationHasAnOmvang() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAnAspecificAllocationHasAnOmvang() {
        // given
        Fixture message = toewijzing().remove(PRODUCT + "/Product/Code");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRODUCT + "/Einddatum",
                "/Bericht/" + PRODUCT + "/Omvang");
    }

    @Test
    void reportsWhenAnOpenEndedAspecificAllocationHasAnOmvang() {
        // given
        Fixture message = toewijzing().remove(PRODUCT + "/Product/Code").remove(PRODUCT + "/Einddatum")
                .set(PRODUCT + "/Omvang/Frequentie", "4");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRODUCT + "/Omvang");
    }

    @Test
    void passesWhenTheAspecificAllocationEndedIn2020() {
        // given the last day before the transition
        Fixture message = toewijzing().remove(PRODUCT + "/Product/Code").set(PRODUCT + "/Ingangsdatum", "2020-06-01")
                .set(PRODUCT + "/Einddatum", "2020-12-31");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAGenericAllocationHasAnOmvang() {
        // given no Product at all
        Fixture message = toewijzing().remove(PRODUCT + "/Product");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }
}
