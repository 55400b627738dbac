package nl.berichtenbatch.validation.rules.external;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.message.TestBerichten.client;
import static nl.berichtenbatch.message.TestBerichten.levering;
import static nl.berichtenbatch.message.TestBerichten.prestatie;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.check;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.codes;
import static nl.berichtenbatch.validation.rules.RuleTestSupport.freshState;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.message.TestBerichten;

class ProductCodeBelongsToTheCategorieTests {

    private static final String BSN = "999900006";
    private final ProductCodeBelongsToTheCategorie rule = new ProductCodeBelongsToTheCategorie(
            CodeLists.bundled().productCodes());
    private final TestBerichten iwmo = TestBerichten.iwmo();

    @Test
    void passesForAListedCodeOfAClosedCategoryAndForOpenCategories() {
        assertThat(check(rule, iwmo.toewijzing("2026-01-06", BSN, toegewezen(1).product("12", "12X01")
                .omvang(1, "84", "6"), toegewezen(2).product("02", "02A01")), freshState())).isEmpty();
        assertThat(check(rule, TestBerichten.ijw().toewijzing("2026-01-06", BSN, toegewezen(1)
                .product("45", "A1")), freshState())).isEmpty();
    }

    @Test
    void reportsACodeNotListedForAClosedCategory() {
        var findings = check(rule, iwmo.toewijzing("2026-01-06", BSN, toegewezen(1).product("12", "12A01")
                .omvang(1, "84", "6")), freshState());
        assertThat(codes(findings)).containsExactly("S329");
        assertThat(findings.get(0).location()).endsWith("ToegewezenProduct[1]/Product/Code");
    }

    @Test
    void reportsACodeListedUnderAnotherCategory() {
        assertThat(codes(check(rule, iwmo.verzoekOmToewijzing("2026-01-06", BSN, aanvraag("R1").product("02", "11X01")),
                freshState()))).containsExactly("S329");
        assertThat(codes(check(rule, iwmo.start("2026-01-06", BSN, levering(1L).product("13", "11X01")), freshState())))
                .containsExactly("S329");
    }

    @Test
    void checksDebitsButNotDeletionsOrCredits() {
        assertThat(codes(check(rule, iwmo.declaratie("2026-02-05", "DN1", "2026-01", client(BSN,
                prestatie("RN1", 1).product("12", "12A01").periode("2026-01-01", "2026-01-31"),
                prestatie("RN2", 1).product("12", "12A01").periode("2026-01-01", "2026-01-31").credit("RN0"))),
                freshState()))).containsExactly("S329");
        assertThat(check(rule, iwmo.start("2026-01-06", BSN, levering(1L).product("12", "12A01").verwijder()),
                freshState())).isEmpty();
    }
}
