package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class DeletionEndsOnItsStartTests {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    private final DeletionEndsOnItsStart rule = new DeletionEndsOnItsStart();

    private static Fixture deleted(String einddatum) {
        return toewijzing().set(PRODUCT + "/Einddatum", einddatum)
                .addAfter(PRODUCT + "/Einddatum", "RedenWijziging", "13");
    }

    @Test
    void passesWhenADeletionEndsOnItsIngangsdatum() {
        // given
        Fixture message = deleted("2026-03-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenADeletionEndsLater() {
        // given
        Fixture message = deleted("2026-03-02");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PRODUCT + "/RedenWijziging",
                "/Bericht/" + PRODUCT + "/Einddatum", "/Bericht/" + PRODUCT + "/Ingangsdatum");
    }

    @Test
    void passesWhenAnotherReasonEndsLater() {
        // given RedenWijziging 05 (herbeoordeling verkorting)
        Fixture message = toewijzing().addAfter(PRODUCT + "/Einddatum", "RedenWijziging", "05");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
