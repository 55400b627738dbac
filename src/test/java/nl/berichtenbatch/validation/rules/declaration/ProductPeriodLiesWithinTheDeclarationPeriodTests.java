package nl.berichtenbatch.validation.rules.declaration;

import static nl.berichtenbatch.validation.rules.support.Level2Fixtures.declaratie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.state.History;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.validation.Assessment;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleEngine;
import nl.berichtenbatch.validation.rules.RuleCatalogue;
import nl.berichtenbatch.validation.rules.RuleTestSupport;
import nl.berichtenbatch.validation.rules.support.Level2Fixtures.Fixture;

class ProductPeriodLiesWithinTheDeclarationPeriodTests {

    private static final String PERIODE = "Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode";
    /** The same element as the engine names it: with a position on every repeatable element. */
    private static final String PERIODE_PATH = "Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode";

    private final ProductPeriodLiesWithinTheDeclarationPeriod rule = new ProductPeriodLiesWithinTheDeclarationPeriod();

    @Test
    void passesWhenTheProductPeriodIsTheDeclarationPeriod() {
        // given
        Fixture message = declaratie();
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void passesWhenTheProductPeriodIsAnEarlierMonth() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Begindatum", "2026-09-01").set(PERIODE + "/Einddatum",
                "2026-09-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reportsWhenTheProductPeriodEndsAfterTheDeclarationPeriod() {
        // given
        Fixture message = declaratie().set(PERIODE + "/Einddatum", "2026-11-01");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location, Finding::retourcode).containsExactly(
                tuple("/Bericht/" + PERIODE_PATH + "/Einddatum", "9319"),
                tuple("/Bericht/Declaratie/DeclaratiePeriode/Einddatum", null));
    }

    @Test
    void reportsWhenTheProductPeriodBeginsAfterTheDeclarationPeriod() {
        // given a next-month product period
        Fixture message = declaratie().set(PERIODE + "/Begindatum", "2026-11-01").set(PERIODE + "/Einddatum",
                "2026-11-30");
        // when
        List<Finding> findings = message.check(rule);
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/" + PERIODE_PATH + "/Begindatum",
                "/Bericht/Declaratie/DeclaratiePeriode/Einddatum", "/Bericht/" + PERIODE_PATH + "/Einddatum");
    }

    @Test
    void reportsWhenTheEnginePutsTheCodeOnThePrestatieAndNotOnTheDeclaration() {
        // given a product period in November, declared in October, and every rule of the catalogue
        MessageRead message = declaratie().set(PERIODE + "/Begindatum", "2026-11-01")
                .set(PERIODE + "/Einddatum", "2026-11-05").read();
        RuleContext context = new RuleContext(message, Scope.of(message.kind(), message.header()), History.EMPTY,
                bsn -> bsn, RuleTestSupport.RUN_DATE);
        // when
        Assessment assessment = new RuleEngine(RuleCatalogue.all()).assess(context);
        // then not a level-2 rejection, but 9319 on the Prestatie alone (against an empty history the cross-message
        // rules add their own codes there, such as 9338 for the unknown allocation)
        assertThat(assessment.level()).isEqualTo(3);
        assertThat(assessment.headerCodes()).isEmpty();
        assertThat(assessment.classCodes()).containsOnlyKeys("/Bericht/Declaratie/Clienten/Client[1]/Prestaties/"
                + "Prestatie[1]");
        assertThat(assessment.classCodes().values()).allSatisfy(codes -> assertThat(codes).contains("9319"));
    }
}
