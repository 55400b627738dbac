package nl.berichtenbatch.validation.rules.request;

import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.teWijzigen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.BSN;
import static nl.berichtenbatch.validation.rules.request.RequestFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PastStartOfAChangeIsTheOriginalStartTests {

    private final PastStartOfAChangeIsTheOriginalStart rule = new PastStartOfAChangeIsTheOriginalStart();

    private String request(String gewenst) {
        return IJW.verzoekOmWijziging("2026-10-10", BSN, "W1", ongewijzigd(910),
                teWijzigen(789, gewenst).eind("2027-12-31").omvang(4, "04", "2"));
    }

    @Test
    void passesForAFutureDateAndForTheOriginalStart() {
        assertThat(check(rule, request("2026-10-11"), RequestFixtures.allocated())).isEmpty();
        assertThat(check(rule, request("2026-03-01"), RequestFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsAPastDateOtherThanTheOriginalStart() {
        var findings = check(rule, request("2026-09-01"), RequestFixtures.allocated());
        assertThat(codes(findings)).containsExactly("9357");
        assertThat(findings.get(0).location()).endsWith("TeWijzigenProduct[1]/GewensteIngangsdatum");
    }

    @Test
    void reportsTheDagtekeningItself() {
        assertThat(codes(check(rule, request("2026-10-10"), RequestFixtures.allocated()))).containsExactly("9357");
    }
}
