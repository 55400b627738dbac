package nl.berichtenbatch.processing;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.contract.Contract;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.report.RunReport.VariantTotals;
import nl.berichtenbatch.report.VariantFacts;
import nl.berichtenbatch.report.VariantFacts.MessageMismatch;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.Assessment;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Outcome;
import nl.berichtenbatch.validation.Severity;
import nl.berichtenbatch.validation.rules.RuleTestSupport;

/**
 * The variant facts of one message: which lines count under which variant, the signed amounts, the approved part and
 * the retourcodes per variant. iJw between gemeente 0384 and aanbieder 42420001; 45A04 is inspanningsgericht per
 * hour, 45A05 outputgericht in euros, category 46 taakgericht, 47 has no contract.
 */
class SteeringFactsTests {

    private static final String BSN = "999900006";
    private static final String INSPANNING = "inspanningsgericht";
    private static final String OUTPUT = "outputgericht";
    private static final String TAAK = "taakgericht";
    private static final String UNKNOWN = VariantFacts.UNKNOWN;

    private final TestBerichten ijw = TestBerichten.ijw();
    private final SteeringFacts facts = new SteeringFacts(contracts(), rule -> rule.equals("BB101"));

    @Test
    void countsTheAllocationsOfAnAcceptedToewijzingPerVariantAndUnknownForAProductWithoutContract() {
        // given
        MessageRead toewijzing = read(ijw.toewijzing("2026-03-20", BSN,
                toegewezen(1).product("45", "45A04").periode("2026-04-01", "2026-06-30").omvang(3, "04", "2"),
                toegewezen(2).product("45", "45A05").periode("2026-04-01", "2026-06-30").omvang(20000, "83", "4"),
                toegewezen(3).product("45", "45A04").periode("2026-04-01", "2026-06-30").omvang(2, "04", "2"),
                toegewezen(4).product("47", "47A01").periode("2026-04-01", "2026-06-30").omvang(1, "04", "2")));
        // when
        VariantFacts result = facts.of(toewijzing, Outcome.ACCEPTED, false, accepted(), allNew(toewijzing));
        // then
        assertThat(result.aanbieder()).isEqualTo("42420001");
        assertThat(result.variants()).containsExactly(
                Map.entry(INSPANNING, totals(2, 0, 0, 0, 0, 0, 0, Map.of())),
                Map.entry(OUTPUT, totals(1, 0, 0, 0, 0, 0, 0, Map.of())),
                Map.entry(UNKNOWN, totals(1, 0, 0, 0, 0, 0, 0, Map.of())));
        assertThat(result.mismatches()).isEmpty();
    }

    @Test
    void countsASentToewijzingButNotAHeldOne() {
        // given
        MessageRead toewijzing = read(ijw.toewijzing("2026-03-20", BSN,
                toegewezen(1).product("45", "45A04").periode("2026-04-01", "2026-06-30").omvang(3, "04", "2")));
        // when
        VariantFacts sent = facts.of(toewijzing, Outcome.SENT, true, accepted(), allNew(toewijzing));
        VariantFacts held = facts.of(toewijzing, Outcome.HELD, true, accepted(), allNew(toewijzing));
        // then
        assertThat(sent.variants()).containsExactly(Map.entry(INSPANNING, totals(1, 0, 0, 0, 0, 0, 0, Map.of())));
        assertThat(held).isNull();
    }

    @Test
    void givesTheCodesOfARejectedStartProductToItsVariant() {
        // given
        MessageRead start = read(ijw.start("2026-04-03", BSN,
                levering(1L).product("45", "45A04").begin("2026-04-01"),
                levering(null).product("46", null).begin("2026-04-01")));
        String second = start.root().all("Client/StartProducten/StartProduct").get(1).path();
        // when
        VariantFacts result = facts.of(start, Outcome.REJECTED, false, rejectedIn(Map.of(second, "9019")),
                allNew(start));
        // then
        assertThat(result.variants()).containsExactly(
                Map.entry(INSPANNING, totals(0, 1, 0, 0, 0, 0, 0, Map.of())),
                Map.entry(TAAK, totals(0, 1, 0, 0, 0, 0, 0, Map.of("9019", 1))));
    }

    @Test
    void givesACodeOnTheClientToEveryVariantOfItsProducts() {
        // given
        MessageRead stop = read(ijw.stop("2026-07-03", BSN,
                levering(1L).product("45", "45A04").begin("2026-04-01").stop("31", "2026-06-30"),
                levering(2L).product("45", "45A05").begin("2026-04-01").stop("31", "2026-06-30")));
        String clientPath = stop.root().find("Client").orElseThrow().path();
        // when
        VariantFacts result = facts.of(stop, Outcome.REJECTED, false, rejectedIn(Map.of(clientPath, "8187")),
                allNew(stop));
        // then
        assertThat(result.variants()).containsExactly(
                Map.entry(INSPANNING, totals(0, 0, 1, 0, 0, 0, 0, Map.of("8187", 1))),
                Map.entry(OUTPUT, totals(0, 0, 1, 0, 0, 0, 0, Map.of("8187", 1))));
    }

    @Test
    void sumsADeclarationWithACreditAndAPartlyApprovedAnswer() {
        // given: 8 hours at 6500 and a credit of 2 hours inspanningsgericht, 300 euros outputgericht that fails TR321
        MessageRead declaratie = read(ijw.declaratie("2026-05-05", "DN1", "2026-04", client(BSN,
                prestatie("RN1", 1).product("45", "45A04").periode("2026-04-01", "2026-04-30").geleverd(8, "04", 6500L),
                prestatie("RN0", 1).product("45", "45A04").periode("2026-03-01", "2026-03-31").geleverd(2, "04", 6500L)
                        .credit("RNX"),
                prestatie("RN2", 2).product("45", "45A05").periode("2026-04-01", "2026-04-30").euros(30000))));
        String third = declaratie.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie").get(2).path();
        // when
        VariantFacts result = facts.of(declaratie, Outcome.PARTIAL, false, rejectedIn(Map.of(third, "9321")),
                allNew(declaratie));
        // then
        assertThat(result.variants()).containsExactly(
                Map.entry(INSPANNING, totals(0, 0, 0, 1, 2, 52000 - 13000, 52000 - 13000, Map.of())),
                Map.entry(OUTPUT, totals(0, 0, 0, 1, 1, 30000, 0, Map.of("9321", 1))));
    }

    @Test
    void approvesNothingOfADeclarationRejectedAtLevel2AndCountsItsCodeOncePerVariant() {
        // given
        MessageRead declaratie = read(ijw.declaratie("2026-05-05", "DN1", "2026-04", client(BSN,
                prestatie("RN1", 1).product("45", "45A04").periode("2026-04-01", "2026-04-30").geleverd(8, "04", 6500L),
                prestatie("RN3", 1).product("45", "45A04").periode("2026-04-01", "2026-04-30").geleverd(1, "04", 6500L),
                prestatie("RN2", 2).product("45", "45A05").periode("2026-04-01", "2026-04-30").euros(30000))));
        Assessment level2 = new Assessment(2, List.of(Finding.error("CS339", "0001", null, "wrong")),
                List.of("0001"), Map.of());
        // when
        VariantFacts result = facts.of(declaratie, Outcome.REJECTED, false, level2, allNew(declaratie));
        // then
        assertThat(result.variants()).containsExactly(
                Map.entry(INSPANNING, totals(0, 0, 0, 1, 2, 58500, 0, Map.of("0001", 1))),
                Map.entry(OUTPUT, totals(0, 0, 0, 1, 1, 30000, 0, Map.of("0001", 1))));
    }

    @Test
    void reportsAVariantFindingAsAMismatchWithTheVariantOfItsProduct() {
        // given
        MessageRead declaratie = read(ijw.declaratie("2026-05-05", "DN1", "2026-04", client(BSN,
                prestatie("RN1", 1).product("45", "45A04").periode("2026-04-01", "2026-04-30").geleverd(8, "04", 6500L),
                prestatie("RN2", 2).product("45", "45A05").periode("2026-04-01", "2026-04-30").euros(30000))));
        String second = declaratie.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie").get(1).path();
        Assessment warned = new Assessment(null, List.of(
                new Finding("BB101", Severity.WARNING, null, second + "/Eenheid", "euros under output", 0, 0),
                new Finding("BB014", Severity.WARNING, null, second, "not a variant check", 0, 0)), List.of(), Map.of());
        // when
        VariantFacts result = facts.of(declaratie, Outcome.ACCEPTED, false, warned, allNew(declaratie));
        // then
        assertThat(result.mismatches()).containsExactly(new MessageMismatch(OUTPUT, "BB101", "euros under output"));
        assertThat(result.variants().get(OUTPUT).approvedCents()).isEqualTo(30000);
    }

    @Test
    void keepsTheMismatchesOfAMessageThatDoesNotCount() {
        // given
        MessageRead toewijzing = read(ijw.toewijzing("2026-03-20", BSN,
                toegewezen(1).product("45", "45A05").periode("2026-04-01", "2026-06-30").omvang(3, "04", "2")));
        Assessment held = new Assessment(3, List.of(new Finding("BB101", Severity.ERROR, null, null, "hours", 0, 0)),
                List.of(), Map.of());
        // when
        VariantFacts result = facts.of(toewijzing, Outcome.HELD, true, held, allNew(toewijzing));
        // then
        assertThat(result.variants()).isEmpty();
        assertThat(result.mismatches()).containsExactly(new MessageMismatch(OUTPUT, "BB101", "hours"));
    }

    @Test
    void hasNoFactsWithoutContractsOrWithoutAnAssessment() {
        // given
        MessageRead toewijzing = read(ijw.toewijzing("2026-03-20", BSN,
                toegewezen(1).product("45", "45A04").periode("2026-04-01", "2026-06-30").omvang(3, "04", "2")));
        SteeringFacts withoutContracts = new SteeringFacts(Contracts.NONE, rule -> true);
        // when / then
        assertThat(withoutContracts.of(toewijzing, Outcome.ACCEPTED, false, accepted(), allNew(toewijzing))).isNull();
        assertThat(facts.of(toewijzing, Outcome.DUPLICATE, false, null, allNew(toewijzing))).isNull();
    }

    @Test
    void picksTheContractValidOnTheLinesDate() {
        // given: 45A04 became outputgericht from 2026-05-01
        Contracts changing = rows(
                new Contract("0384", "42420001", "45", "45A04", Variant.INSPANNINGSGERICHT, "04", 6500L,
                        LocalDate.parse("2020-01-01"), LocalDate.parse("2026-04-30"), 1),
                new Contract("0384", "42420001", "45", "45A04", Variant.OUTPUTGERICHT, "82", 10000L,
                        LocalDate.parse("2026-05-01"), null, 2));
        MessageRead toewijzing = read(ijw.toewijzing("2026-03-20", BSN,
                toegewezen(1).product("45", "45A04").periode("2026-04-01", "2026-04-30").omvang(3, "04", "2"),
                toegewezen(2).product("45", "45A04").periode("2026-05-01", "2026-06-30").omvang(3, "82", "4")));
        // when
        VariantFacts result = new SteeringFacts(changing, rule -> false).of(toewijzing, Outcome.ACCEPTED, false,
                accepted(), allNew(toewijzing));
        // then
        assertThat(result.variants()).containsOnlyKeys(INSPANNING, OUTPUT);
    }

    @Test
    void countsOnlyTheAllocationsThatAreNewOrAChangedVersionWhenA301RepeatsTheActualOnes() {
        // given: allocation 1 in the state; the next 301 repeats it (OP087: no ReferentieAanbieder, no reden) and
        // adds 3, a third changes 1 (extended, a new Toewijzingsdatum) and repeats 3
        StateStore state = RuleTestSupport.freshState();
        RuleTestSupport.accepted(state, ijw.toewijzing("2026-03-20", BSN, first().referentie("R1")));
        MessageRead repeat = read(ijw.toewijzing("2026-03-27", BSN, first(), third()));
        MessageRead change = read(ijw.toewijzing("2026-04-10", BSN, first().toegewezenOp("2026-04-10", "09:00:00")
                .periode("2026-04-01", "2026-09-30").reden("04"), third()));
        // when
        Set<String> repeated = facts.newAllocations(RuleTestSupport.context(repeat, state));
        RuleTestSupport.accepted(state, ijw.toewijzing("2026-03-27", BSN, first(), third()));
        Set<String> changed = facts.newAllocations(RuleTestSupport.context(change, state));
        // then
        String products = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct";
        assertThat(repeated).containsExactly(products + "[2]");
        assertThat(changed).containsExactly(products + "[1]");
        VariantFacts counted = facts.of(repeat, Outcome.ACCEPTED, false, accepted(), repeated);
        assertThat(counted.variants()).containsExactly(Map.entry(INSPANNING, totals(0, 0, 0, 0, 0, 0, 0, Map.of())),
                Map.entry(OUTPUT, totals(1, 0, 0, 0, 0, 0, 0, Map.of())));
    }

    @Test
    void looksForNewAllocationsOnlyInA301WithContracts() {
        // given
        StateStore state = RuleTestSupport.freshState();
        MessageRead start = read(ijw.start("2026-04-02", BSN, levering(1L).product("45", "45A04").begin("2026-04-01")));
        MessageRead toewijzing = read(ijw.toewijzing("2026-03-20", BSN, first()));
        // when
        Set<String> ofStart = facts.newAllocations(RuleTestSupport.context(start, state));
        Set<String> withoutContracts = new SteeringFacts(Contracts.NONE, rule -> false)
                .newAllocations(RuleTestSupport.context(toewijzing, state));
        // then
        assertThat(ofStart).isEmpty();
        assertThat(withoutContracts).isEmpty();
    }

    private static TestBerichten.Toegewezen first() {
        return toegewezen(1).product("45", "45A04").toegewezenOp("2026-03-20", "12:00:00")
                .periode("2026-04-01", "2026-06-30").omvang(3, "04", "2");
    }

    /** Output in euros, so that the counts show which of the two products counted. */
    private static TestBerichten.Toegewezen third() {
        return toegewezen(3).product("45", "45A05").toegewezenOp("2026-03-27", "12:00:00")
                .periode("2026-04-01", "2026-06-30").omvang(20000, "83", "4");
    }

    /** Every ToegewezenProduct of a 301 new to the state, as for a first 301. */
    private static Set<String> allNew(MessageRead read) {
        Set<String> paths = new HashSet<>();
        read.root().all("Client/ToegewezenProducten/ToegewezenProduct").forEach(p -> paths.add(p.path()));
        return paths;
    }

    private static VariantTotals totals(int allocations, int starts, int stops, int declarations, int prestaties,
            long declared, long approved, Map<String, Integer> rejections) {
        return new VariantTotals(allocations, starts, stops, declarations, prestaties, declared, approved, rejections);
    }

    private static Assessment accepted() {
        return new Assessment(null, List.of(), List.of(), Map.of());
    }

    private static Assessment rejectedIn(Map<String, String> codeByClass) {
        Map<String, SortedSet<String>> classes = new java.util.LinkedHashMap<>();
        codeByClass.forEach((path, code) -> classes.put(path, new TreeSet<>(List.of(code))));
        return new Assessment(3, List.of(), List.of(), classes);
    }

    private static Contracts contracts() {
        LocalDate from = LocalDate.parse("2020-01-01");
        return rows(
                new Contract("0384", "42420001", "45", "45A04", Variant.INSPANNINGSGERICHT, "04", 6500L, from, null, 1),
                new Contract("0384", "42420001", "45", "45A05", Variant.OUTPUTGERICHT, "83", null, from, null, 2),
                new Contract("0384", "42420001", "46", null, Variant.TAAKGERICHT, "83", null, from, null, 3));
    }

    private static Contracts rows(Contract... rows) {
        return new Contracts() {
            @Override
            public boolean configured() {
                return true;
            }

            @Override
            public List<Contract> valid(Scope scope, LocalDate date) {
                return java.util.Arrays.stream(rows).filter(c -> c.gemeente().equals(scope.gemeente())
                        && c.aanbieder().equals(scope.aanbieder()) && c.validOn(date)).toList();
            }
        };
    }
}
