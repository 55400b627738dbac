package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.context;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.read;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.BSN;
import static nl.berichtenbatch.validation.rules.variant.VariantFixtures.IJW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.validation.Assessment;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleEngine;
import nl.berichtenbatch.validation.Severity;
import nl.berichtenbatch.validation.rules.RuleCatalogue;
import nl.berichtenbatch.validation.rules.RuleTestSupport;

/** The variant rules as a whole: warnings of the product's own (design.md 4.6) that never change an answer. */
class VariantRulesTests {

    private final RuleEngine engine = new RuleEngine(RuleCatalogue.all(CodeLists.bundled(),
            VariantFixtures.contracts()));

    @Test
    void everyRuleIsAVariantWarningOfTheProductThatReadsTheContracts() {
        for (Rule rule : VariantRules.all(VariantFixtures.contracts())) {
            assertThat(rule.spec().id()).as(rule.getClass().getSimpleName()).matches("BB1\\d\\d");
            assertThat(rule.spec().retourcode()).as(rule.spec().id()).isEmpty();
            assertThat(rule.spec().variant()).as(rule.spec().id()).isTrue();
            assertThat(rule.spec().level()).as(rule.spec().id()).isEqualTo(3);
            assertThat(rule.spec().data()).as(rule.spec().id()).isEqualTo("contracts file");
        }
    }

    @Test
    void passesAnAllocationWithAWarningOnly() {
        // given an allocation in euros of a product the contract makes inspanningsgericht per hour
        String xml = IJW.toewijzing("2025-12-15", BSN, toegewezen(1).product("45", "45A04")
                .periode("2026-01-01", "2026-12-31").omvang(20000, "83", "4"));
        // when
        Assessment assessment = engine.assess(context(read(xml), RuleTestSupport.freshState()));
        // then accepted, with BB101 and BB102 as warnings without code
        assertThat(assessment.accepted()).isTrue();
        assertThat(assessment.findings()).extracting(Finding::rule).containsExactly("BB101", "BB102");
        assertThat(assessment.findings()).allMatch(f -> f.severity() == Severity.WARNING && f.retourcode() == null);
    }

    @Test
    void approvesATaakgerichtPrestatieThatOnlyTheWarningsObjectTo() {
        // given a declaration for the taakgericht product 45A07 on allocation 603, within its 3 hours a month
        String xml = IJW.declaratie("2026-04-05", "DN1", "2026-03", client(BSN, VariantFixtures.inMarch(603, "45A07")
                .geleverd(3, "04", 6500L)));
        // when
        Assessment assessment = engine.assess(context(read(xml), VariantFixtures.allocated()));
        // then the 325 approves it; the run report gets BB104
        assertThat(assessment.accepted()).as(assessment.findings().toString()).isTrue();
        assertThat(assessment.findings()).extracting(Finding::rule).contains("BB104");
    }
}
