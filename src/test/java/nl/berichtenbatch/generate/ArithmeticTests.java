package nl.berichtenbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The small pieces of arithmetic the story relies on: test BSNs and the week count of IV077. */
class ArithmeticTests {

    @Test
    void testBsnsPassTheElfproefAndAreUnique() {
        // given
        People people = new People(new SplittableRandom(1));
        Set<String> seen = new HashSet<>();
        // then
        for (int i = 0; i < 50_000; i++) {
            String bsn = people.nextBsn();
            assertThat(bsn).matches("999\\d{6}");
            assertThat(People.passesElfproef(bsn)).as(bsn).isTrue();
            assertThat(seen.add(bsn)).as(bsn + " twice").isTrue();
            assertThat(People.passesElfproef(People.failingElfproef(bsn))).as("made to fail: " + bsn).isFalse();
        }
    }

    @Test
    void theElfproefOfValidationMd() {
        assertThat(People.passesElfproef("123456782")).isTrue();
        assertThat(People.passesElfproef("999912343")).isTrue();
        assertThat(People.passesElfproef("999936505")).isTrue();
        assertThat(People.passesElfproef("999912344")).isFalse();
        assertThat(People.passesElfproef("99991234")).isFalse();
    }

    @Test
    void weeksTouchedAsInVariantsMd() {
        assertThat(Dates.weeksTouched(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 31))).isEqualTo(4);
        assertThat(Dates.weeksTouched(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31))).isEqualTo(5);
        assertThat(Dates.weeksTouched(LocalDate.of(2025, 10, 7), LocalDate.of(2025, 12, 30))).isEqualTo(13);
        assertThat(Dates.weeksTouched(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 30))).isEqualTo(5);
        assertThat(Dates.monthsTouched(LocalDate.of(2025, 10, 14), LocalDate.of(2025, 12, 13))).isEqualTo(3);
    }

    @Test
    void aWorkingDayIsMondayToFriday() {
        assertThat(Dates.workingDay(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Dates.workingDay(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Dates.workingDay(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 20));
    }
}
