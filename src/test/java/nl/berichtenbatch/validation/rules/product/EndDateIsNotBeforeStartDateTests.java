package nl.berichtenbatch.validation.rules.product;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.toewijzing;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmToewijzing;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijziging;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class EndDateIsNotBeforeStartDateTests {

    private final EndDateIsNotBeforeStartDate rule = new EndDateIsNotBeforeStartDate();

    @Test
    void passesWhenTheAllocationEndsAfterItStarts() {
        // given
        Fixture message = toewijzing();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheAllocationEndsOnTheDayItStarts() {
        // given a deletion: Einddatum = Ingangsdatum
        Fixture message = toewijzing().set("Client/ToegewezenProducten/ToegewezenProduct/Einddatum", "2026-03-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheAllocationEndsTheDayBeforeItStarts() {
        // given
        Fixture message = toewijzing().set("Client/ToegewezenProducten/ToegewezenProduct/Einddatum", "2026-02-28");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum",
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum");
    }

    @Test
    void reportsWhenARequestedProductEndsBeforeItStarts() {
        // given
        Fixture message = verzoekOmToewijzing()
                .set("Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingEinddatum", "2026-09-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingIngangsdatum",
                "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingEinddatum");
    }

    @Test
    void reportsWhenAProductToChangeEndsBeforeItsDesiredStart() {
        // given
        Fixture message = verzoekOmWijziging()
                .set("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Einddatum", "2026-02-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void reportsWhenAContactPeriodEndsBeforeItBegins() {
        // given
        Fixture message = toewijzing().set("Client/Contactgegevens/Contact/Soort", "04")
                .addXmlAfter("Client/Contactgegevens/Contact/Telefoon", "<m:Periode><b:Begindatum>2026-01-10"
                        + "</b:Begindatum><b:Einddatum>2026-01-09</b:Einddatum></m:Periode>");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly(
                "/Bericht/Client/Contactgegevens/Contact/Periode/Begindatum",
                "/Bericht/Client/Contactgegevens/Contact/Periode/Einddatum");
    }

    @Test
    void passesWhenTheAllocationHasNoEnd() {
        // given
        Fixture message = toewijzing().remove("Client/ToegewezenProducten/ToegewezenProduct/Einddatum")
                .set("Client/ToegewezenProducten/ToegewezenProduct/Omvang/Frequentie", "4");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
