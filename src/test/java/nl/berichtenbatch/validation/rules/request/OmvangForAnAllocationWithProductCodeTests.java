package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.BSN;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OmvangForAnAllocationWithProductCodeTests {

    private final OmvangForAnAllocationWithProductCode rule = new OmvangForAnAllocationWithProductCode();

    @Test
    void reportsAChangeOfASpecificAllocationWithoutOmvang() {
        var findings = check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, "2026-03-01").eind("2026-12-31")), RequestFixtures.allocated());
        assertThat(codes(findings)).containsExactly("9411");
        assertThat(findings.get(0).location()).endsWith("TeWijzigenProduct[1]");
    }

    @Test
    void passesWithOmvangAndForAnAspecificAllocation() {
        assertThat(check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, "2026-03-01").eind("2026-12-31").omvang(3, "04", "2")), RequestFixtures.allocated()))
                .isEmpty();
        assertThat(check(rule, IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(789), ongewijzigd(910),
                ongewijzigd(930), teWijzigen(920, "2026-03-01").eind("2027-12-31").budget(120000)),
                RequestFixtures.withBudgetAllocation())).isEmpty();
    }
}
