package nl.berichtenbatch.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.state.Prestatie;

/** What the prestatie rules ask of the prestaties approved before, kept up to date as each is approved. */
class ApprovedPrestatiesTests {

    private static PrestatieRule.Line line(String referentie, String vorig, long toewijzing, String debetCredit) {
        return new PrestatieRule.Line(null, new Prestatie("client", referentie, vorig, toewijzing, "45", "45A01",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 1, "04", 100L, 100, debetCredit, true));
    }

    @Test
    void knowsTheCreditedDebitsAndTheDebitsOfEachAllocationInOrder() {
        // given a credit of RN0, debits on allocations 1001 and 1002, in processing order
        PrestatieRule.Approved approved = new PrestatieRule.Approved();
        PrestatieRule.Line credit = line("RN9", "RN0", 1001, Prestatie.CREDIT);
        PrestatieRule.Line first = line("RN1", null, 1001, Prestatie.DEBIT);
        PrestatieRule.Line other = line("RN2", null, 1002, Prestatie.DEBIT);
        PrestatieRule.Line second = line("RN3", null, 1001, Prestatie.DEBIT);
        // when they are approved one by one
        for (PrestatieRule.Line line : new PrestatieRule.Line[] {credit, first, other, second}) {
            approved.add(line);
        }
        // then
        assertThat(approved.lines()).containsExactly(credit, first, other, second);
        assertThat(approved.credited()).containsExactly("RN0");
        assertThat(approved.debitsOn(1001)).containsExactly(first, second);
        assertThat(approved.debitsOn(1002)).containsExactly(other);
        assertThat(approved.debitsOn(1003)).isEmpty();
        assertThatThrownBy(() -> approved.lines().add(credit)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> approved.debitsOn(1001).add(credit))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
