package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijziging;
import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijzigingWithNieuwProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class NewProductStartsAfterDagtekeningTests {

    private static final String START = "Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum";

    private final NewProductStartsAfterDagtekening rule = new NewProductStartsAfterDagtekening();

    @Test
    void passesWhenTheNewProductStartsTheDayAfterTheDagtekening() {
        // given Dagtekening 2026-09-21
        Fixture message = verzoekOmWijzigingWithNieuwProduct().set(START, "2026-09-22");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheNewProductStartsOnTheDagtekening() {
        // given
        Fixture message = verzoekOmWijzigingWithNieuwProduct().set(START, "2026-09-21");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + START,
                "/Bericht/Header/BerichtIdentificatie/Dagtekening");
    }

    @Test
    void passesWhenAProductToChangeStartsInThePast() {
        // given only a TeWijzigenProduct from 2026-03-01
        Fixture message = verzoekOmWijziging();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }
}
