package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.verzoekOmWijziging;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ChangeRequestAsksForAChangeTests {

    private static final String UNCHANGED = "<m:OngewijzigdeProducten><m:OngewijzigdProduct><m:ToewijzingNummer>1001"
            + "</m:ToewijzingNummer></m:OngewijzigdProduct></m:OngewijzigdeProducten>";

    private final ChangeRequestAsksForAChange rule = new ChangeRequestAsksForAChange();

    @Test
    void passesWhenThereIsAProductToChange() {
        // given
        Fixture message = verzoekOmWijziging();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenAllProductsAreUnchanged() {
        // given
        Fixture message = verzoekOmWijziging().remove("Client/Verzoek/TeWijzigenProducten")
                .addXmlAfter("Client/Verzoek/RedenVerzoek", UNCHANGED);
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Verzoek");
    }
}
