package nl.berichtenbatch.retour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The four retour outcomes and the codes each class gets. */
class RetourVerdictTests {

    private static final String CLIENT = "/Bericht/Client";
    private static final String START_1 = "/Bericht/Client/StartProducten/StartProduct[1]";
    private static final String START_2 = "/Bericht/Client/StartProducten/StartProduct[2]";

    @Test
    void acceptedHasNoCodesAndNoBody() {
        // when
        RetourVerdict verdict = RetourVerdict.accepted();
        // then
        assertThat(verdict.headerCodes()).isEmpty();
        assertThat(verdict.hasBody()).isFalse();
        assertThat(verdict.isLevel2Rejection()).isFalse();
    }

    @Test
    void level2RejectionIs0001Only() {
        // when
        RetourVerdict verdict = RetourVerdict.rejectedAtLevel2();
        // then
        assertThat(verdict.headerCodes()).containsExactly("0001");
        assertThat(verdict.hasBody()).isFalse();
        assertThat(verdict.isLevel2Rejection()).isTrue();
    }

    @Test
    void headerCodesAreListedOnceInAscendingOrder() {
        // when
        RetourVerdict verdict = RetourVerdict.rejectedInHeader(List.of("S300", "9056", "8848", "9056"));
        // then
        assertThat(verdict.headerCodes()).containsExactly("8848", "9056", "S300");
        assertThat(verdict.hasBody()).isFalse();
    }

    @Test
    void everyClassGetsItsOwnCodesOr0233Or0200() {
        // when
        RetourVerdict verdict = RetourVerdict.rejectedInClasses(Map.of(START_2, List.of("9074", "9019", "9074")),
                Set.of(START_1));
        // then
        assertThat(verdict.headerCodes()).containsExactly("0200");
        assertThat(verdict.hasBody()).isTrue();
        assertThat(verdict.codesFor(START_2)).containsExactly("9019", "9074");
        assertThat(verdict.codesFor(START_1)).containsExactly("0233");
        assertThat(verdict.codesFor(CLIENT)).containsExactly("0200");
    }

    @Test
    void contradictoryVerdictsAreRefused() {
        // when / then
        assertThatThrownBy(() -> RetourVerdict.rejectedInClasses(Map.of(), Set.of(START_1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetourVerdict.rejectedInClasses(Map.of(START_1, List.of("9063")), Set.of(START_1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetourVerdict.rejectedInClasses(Map.of(START_1, List.of()), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetourVerdict.rejectedInHeader(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetourVerdict(List.of("8848"), Map.of(START_1, List.of("9063")), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetourVerdict(List.of("0200"), Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generalCodesAndCodesOutsideTheListAreNotRuleCodes() {
        // when / then
        for (String code : List.of("0001", "0200", "0233", "8001", "9999", "906", "90630", "9o63", "")) {
            assertThatThrownBy(() -> RetourVerdict.rejectedInClasses(Map.of(START_1, List.of(code)), Set.of()))
                    .as(code).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RetourVerdict.rejectedInHeader(List.of(code)))
                    .as(code).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
