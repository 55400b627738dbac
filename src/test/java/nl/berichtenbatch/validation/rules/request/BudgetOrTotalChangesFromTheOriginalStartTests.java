package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.BSN;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.TestBerichten;

class BudgetOrTotalChangesFromTheOriginalStartTests {

    private final BudgetOrTotalChangesFromTheOriginalStart rule = new BudgetOrTotalChangesFromTheOriginalStart();

    private String request(TestBerichten.Wijziging change) {
        return IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(789), ongewijzigd(910), change);
    }

    @Test
    void reportsANewBudgetFromALaterDate() {
        var findings = check(rule, request(teWijzigen(920, "2026-12-01").eind("2027-12-31").budget(150000)),
                RequestFixtures.withBudgetAllocation());
        assertThat(codes(findings)).containsExactly("9373");
    }

    @Test
    void passesForANewBudgetFromTheOriginalStartOrTheSameBudgetLater() {
        assertThat(check(rule, request(teWijzigen(920, "2026-03-01").eind("2027-12-31").budget(150000)),
                RequestFixtures.withBudgetAllocation())).isEmpty();
        assertThat(check(rule, request(teWijzigen(920, "2026-12-01").eind("2028-06-30").budget(100000)),
                RequestFixtures.withBudgetAllocation())).isEmpty();
    }

    @Test
    void reportsANewTotalVolumeFromALaterDate() {
        assertThat(codes(check(rule, request(teWijzigen(930, "2026-12-01").eind("2027-12-31").omvang(30, "04", "6")),
                RequestFixtures.withBudgetAllocation()))).containsExactly("9373");
        assertThat(check(rule, request(teWijzigen(930, "2026-03-01").eind("2027-12-31").omvang(30, "04", "6")),
                RequestFixtures.withBudgetAllocation())).isEmpty();
    }

    @Test
    void passesForAWeeklyVolumeChange() {
        assertThat(check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, "2026-12-01").eind("2027-12-31").omvang(5, "04", "2")),
                RequestFixtures.withBudgetAllocation())).isEmpty();
    }
}
