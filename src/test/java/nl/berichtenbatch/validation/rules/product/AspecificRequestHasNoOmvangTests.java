package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class AspecificRequestHasNoOmvangTests {

    private static final String PRODUCT = "Client/AangevraagdeProducten/AangevraagdProduct";

    private final AspecificRequestHasNoOmvang rule = new AspecificRequestHasNoOmvang();

    @Test
    void passesWhenASpecificRequestHasAnOmvang() {
        // given
        Fixture message = verzoekOmToewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAnAspecificRequestHasAnOmvang() {
        // given
        Fixture message = verzoekOmToewijzing().remove(PRODUCT + "/Product/Code");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/" + PRODUCT + "/ToewijzingEinddatum", "/Bericht/" + PRODUCT + "/Omvang");
    }

    @Test
    void passesWhenAnAspecificRequestHasNoOmvang() {
        // given
        Fixture message = verzoekOmToewijzing().remove(PRODUCT + "/Product/Code").remove(PRODUCT + "/Omvang");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
