package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.accepted;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.BSN;
import static nl.berichtenbatch.validation.rules.declaration.DeclarationFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.validation.rules.TestContracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.StateStore;

@SuppressWarnings("unused")
class BedragIsVolumeTimesTariffTests {

    private final BedragIsVolumeTimesTariff rule = new BedragIsVolumeTimesTariff(DeclarationFixtures.contracts());

    private static TestBerichten.Regel on(long nummer, String code, long volume, String eenheid, Long tarief) {
        return prestatie("RN1", nummer).product("45", code).periode("2026-05-01", "2026-05-31")
                .geleverd(volume, eenheid, tarief);
    }

    private static String may(TestBerichten.Regel prestatie) {
        return IJW.declaratie("2026-06-05", "DN1", "2026-05", client(BSN, prestatie));
    }

    @Test
    void passesForVolumeTimesTariffAndForMinutesAgainstTheHourTariff() {
        assertThat(check(rule, may(on(300201, "45A04", 12, "04", 6500L)), DeclarationFixtures.allocated())).isEmpty();
        // V-04: 6500 x 720 / 60 = 78000
        assertThat(check(rule, may(on(300201, "45A04", 720, "01", 108L).bedrag(78000)),
                DeclarationFixtures.allocated())).isEmpty();
    }

    @Test
    void reportsAnotherAmount() {
        var findings = check(rule, may(on(300201, "45A04", 12, "04", 6500L).bedrag(78001)),
                DeclarationFixtures.allocated());
        assertThat(codes(findings)).containsExactly("9346");
        assertThat(findings.get(0).location()).endsWith("Prestatie[1]/IngediendBedrag/Bedrag");
    }

    @Test
    void reportsMinutesPricedAtTheRoundedMinuteTariff() {
        // V-05: 95 x 108 = 10260, but 6500 x 95 / 60 = 10291.67 -> 10292
        assertThat(codes(check(rule, may(on(300201, "45A04", 95, "01", 108L)), DeclarationFixtures.allocated())))
                .containsExactly("9346");
        assertThat(check(rule, may(on(300201, "45A04", 95, "01", 108L).bedrag(10292)),
                DeclarationFixtures.allocated())).isEmpty();
    }

    @Test
    void acceptsMinutesThatFitSomeHourTariffWithoutContracts() {
        var withoutContracts = new BedragIsVolumeTimesTariff(Contracts.NONE);
        java.util.function.Function<String, List<nl.berichtenbatch.validation.Finding>> checkWithout = xml ->
                withoutContracts.check(nl.berichtenbatch.validation.rules.RuleTestSupport.context(
                        nl.berichtenbatch.validation.rules.RuleTestSupport.read(xml), DeclarationFixtures.allocated()));
        assertThat(checkWithout.apply(may(on(300201, "45A04", 720, "01", 108L).bedrag(78000)))).isEmpty();
        assertThat(checkWithout.apply(may(on(300201, "45A04", 95, "01", 108L)))).isEmpty();
        assertThat(codes(checkWithout.apply(may(on(300201, "45A04", 95, "01", 108L).bedrag(11000)))))
                .containsExactly("9346");
    }

    @Test
    void skipsEuros() {
        assertThat(check(rule, may(on(300201, "45A05", 12000, "83", null)), DeclarationFixtures.allocated())).isEmpty();
    }

    /** 45A04 at 6000 per hour until 2026-04-30 and 6500 from 2026-05-01; the rest of category 45 at 5000 per hour. */
    private static Contracts dated() {
        return TestContracts.of(
                TestContracts.row(1, TestContracts.GEMEENTE, TestContracts.AANBIEDER, "45", "45A04",
                        Variant.INSPANNINGSGERICHT, "04", 6000L, "2020-01-01", "2026-04-30"),
                TestContracts.row(2, TestContracts.GEMEENTE, TestContracts.AANBIEDER, "45", "45A04",
                        Variant.INSPANNINGSGERICHT, "04", 6500L, "2026-05-01", null),
                TestContracts.row(3, "45", null, Variant.INSPANNINGSGERICHT, "04", 5000L));
    }

    @Test
    void pricesMinutesWithTheHourTariffValidOnTheFirstDayOfTheProductPeriod() {
        // given 95 minutes: at 6500 per hour 10292 (V-04/V-05), at 6000 per hour 9500
        BedragIsVolumeTimesTariff rule = new BedragIsVolumeTimesTariff(dated());
        String may = IJW.declaratie("2026-06-05", "DN1", "2026-05", client(BSN, prestatie("RN1", 300201)
                .product("45", "45A04").periode("2026-05-01", "2026-05-31").geleverd(95, "01", 108L).bedrag(10292)));
        String april = IJW.declaratie("2026-05-05", "DN1", "2026-04", client(BSN, prestatie("RN1", 300201)
                .product("45", "45A04").periode("2026-04-08", "2026-04-30").geleverd(95, "01", 100L).bedrag(9500)));
        // when / then
        assertThat(check(rule, may, DeclarationFixtures.allocated())).isEmpty();
        assertThat(check(rule, april, DeclarationFixtures.allocated())).isEmpty();
        assertThat(codes(check(rule, april.replace(">9500<", ">10292<"), DeclarationFixtures.allocated()))).containsExactly("9346");
    }
}
