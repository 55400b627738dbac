package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class RedenWijzigingIsNotTheRetiredCorrectionTests {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    private final RedenWijzigingIsNotTheRetiredCorrection rule = new RedenWijzigingIsNotTheRetiredCorrection();

    @Test
    void passesWhenThereIsNoRedenWijziging() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheCurrentAdministrativeCorrectionIsUsed() {
        // given
        Fixture message = toewijzing().addAfter(PRODUCT + "/Einddatum", "RedenWijziging", "14");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheRetiredAdministrativeCorrectionIsUsed() {
        // given
        Fixture message = toewijzing().addAfter(PRODUCT + "/Einddatum", "RedenWijziging", "01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location)
                .containsExactly("/Bericht/" + PRODUCT + "/RedenWijziging");
    }
}
