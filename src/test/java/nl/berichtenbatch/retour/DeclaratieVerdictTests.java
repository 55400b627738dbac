package nl.berichtenbatch.retour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;

/** The situations of a 325 and which prestaties they approve. */
class DeclaratieVerdictTests {

    private static final String CLIENT_1 = "/Bericht/Declaratie/Clienten/Client[1]";
    private static final String P_1_1 = CLIENT_1 + "/Prestaties/Prestatie[1]";
    private static final String P_1_2 = CLIENT_1 + "/Prestaties/Prestatie[2]";
    private static final String P_2_1 = "/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]";

    @Test
    void approvedApprovesEveryPrestatie() {
        // when
        DeclaratieVerdict verdict = DeclaratieVerdict.approved();
        // then
        assertThat(verdict.isFullyApproved()).isTrue();
        assertThat(verdict.hasDeclaratieAntwoord()).isTrue();
        assertThat(verdict.approvedPrestaties(RetourFixtures.declaratie(Standard.IJW)))
                .containsExactly(P_1_1, P_1_2, P_2_1);
    }

    @Test
    void rejectionsBelowDeclaratieApproveTheRest() {
        // when
        DeclaratieVerdict verdict = DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(),
                Map.of(P_2_1, List.of("8017")));
        // then
        assertThat(verdict.isFullyApproved()).isFalse();
        assertThat(verdict.approvedPrestaties(RetourFixtures.declaratie(Standard.IWMO)))
                .containsExactly(P_1_1, P_1_2);
    }

    @Test
    void aRejectedClientApprovesNoneOfItsPrestaties() {
        // when
        DeclaratieVerdict verdict = DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(CLIENT_1, List.of("8187")),
                Map.of());
        // then
        assertThat(verdict.approvedPrestaties(RetourFixtures.declaratie(Standard.IJW))).containsExactly(P_2_1);
    }

    @Test
    void rejectionsOfTheWholeDeclarationApproveNothing() {
        // when / then
        for (DeclaratieVerdict verdict : List.of(DeclaratieVerdict.rejectedAtLevel2(),
                DeclaratieVerdict.rejectedInHeader(List.of("9056")),
                DeclaratieVerdict.rejectedInDeclaratie(List.of("8214", "9333")))) {
            assertThat(verdict.approvedPrestaties(RetourFixtures.declaratie(Standard.IJW))).as(verdict.toString())
                    .isEmpty();
        }
        assertThat(DeclaratieVerdict.rejectedAtLevel2().hasDeclaratieAntwoord()).isFalse();
        assertThat(DeclaratieVerdict.rejectedInDeclaratie(List.of("9333")).hasDeclaratieAntwoord()).isTrue();
    }

    @Test
    void aVerdictNamingWhatTheDeclarationDoesNotHaveIsRefused() {
        // given
        DeclaratieVerdict prestatieAsClient = DeclaratieVerdict.rejectedBelowDeclaratie(
                Map.of(P_1_1, List.of("8187")), Map.of());
        DeclaratieVerdict unknownPrestatie = DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(),
                Map.of(CLIENT_1 + "/Prestaties/Prestatie[3]", List.of("9338")));
        // when / then
        assertThatThrownBy(() -> prestatieAsClient.approvedPrestaties(RetourFixtures.declaratie(Standard.IJW)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Prestatie[1]");
        assertThatThrownBy(() -> unknownPrestatie.approvedPrestaties(RetourFixtures.declaratie(Standard.IJW)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Prestatie[3]");
    }

    @Test
    void contradictoryVerdictsAreRefused() {
        // when / then
        assertThatThrownBy(() -> DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeclaratieVerdict(List.of("8848"), List.of("9333"), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeclaratieVerdict(List.of(), List.of("9333"), Map.of(),
                Map.of(P_1_1, List.of("9338")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeclaratieVerdict.rejectedInDeclaratie(List.of("8001")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyADeclarationHasApprovedPrestaties() {
        // when / then
        assertThatThrownBy(() -> DeclaratieVerdict.approved().approvedPrestaties(
                RetourFixtures.sample(Standard.IJW, MessageType.START))).isInstanceOf(IllegalArgumentException.class);
    }
}
