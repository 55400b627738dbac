package nl.berichtenbatch.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WerkdagenTests {

    private final Werkdagen werkdagen = new Werkdagen();

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2000, 2000-04-23", "2038, 2038-04-25", "2285, 2285-03-22"})
    void computesEasterSunday(int year, LocalDate easter) {
        assertThat(Werkdagen.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void listsTheFeestdagenOfTheAlgemeneTermijnenwet() {
        assertThat(werkdagen.feestdagen(2026)).containsExactly(
                entry(date("2026-01-01"), "Nieuwjaarsdag"),
                entry(date("2026-04-03"), "Goede Vrijdag"),
                entry(date("2026-04-06"), "Tweede Paasdag"),
                entry(date("2026-04-27"), "Koningsdag"),
                entry(date("2026-05-05"), "Bevrijdingsdag"),
                entry(date("2026-05-14"), "Hemelvaartsdag"),
                entry(date("2026-05-25"), "Tweede Pinksterdag"),
                entry(date("2026-12-25"), "Eerste Kerstdag"),
                entry(date("2026-12-26"), "Tweede Kerstdag"));
    }

    @Test
    void celebratesKoningsdagOnSaturdayWhenThe27thIsASunday() {
        assertThat(werkdagen.isFeestdag(date("2025-04-26"))).isTrue();
        assertThat(werkdagen.isFeestdag(date("2025-04-27"))).isFalse();
        assertThat(werkdagen.isWerkdag(date("2025-04-28"))).as("not moved to the Monday").isTrue();
        assertThat(werkdagen.isWerkdag(date("2026-04-27"))).as("Monday 27 April 2026").isFalse();
        assertThat(werkdagen.isWerkdag(date("2027-04-27"))).as("Tuesday 27 April 2027").isFalse();
    }

    @Test
    void keepsBevrijdingsdagEveryYear() {
        assertThat(werkdagen.isWerkdag(date("2025-05-05"))).isFalse();
        assertThat(werkdagen.isWerkdag(date("2026-05-05"))).isFalse();
        assertThat(werkdagen.isWerkdag(date("2027-05-05"))).isFalse();
    }

    @Test
    void excludesGoedeVrijdagAndTheMovableFeestdagen() {
        assertThat(werkdagen.isWerkdag(date("2025-04-18"))).as("Goede Vrijdag 2025").isFalse();
        assertThat(werkdagen.isWerkdag(date("2025-04-21"))).as("Tweede Paasdag 2025").isFalse();
        assertThat(werkdagen.isWerkdag(date("2025-05-29"))).as("Hemelvaartsdag 2025").isFalse();
        assertThat(werkdagen.isWerkdag(date("2025-06-09"))).as("Tweede Pinksterdag 2025").isFalse();
        assertThat(werkdagen.isWerkdag(date("2027-03-26"))).as("Goede Vrijdag 2027").isFalse();
        assertThat(werkdagen.isWerkdag(date("2027-03-29"))).as("Tweede Paasdag 2027").isFalse();
        assertThat(werkdagen.isWerkdag(date("2027-05-06"))).as("Hemelvaartsdag 2027").isFalse();
        assertThat(werkdagen.isWerkdag(date("2027-05-17"))).as("Tweede Pinksterdag 2027").isFalse();
        assertThat(werkdagen.isWerkdag(date("2026-05-15"))).as("the Friday after Hemelvaartsdag").isTrue();
    }

    @Test
    void countsOnlyMondayToFriday() {
        assertThat(werkdagen.isWerkdag(date("2026-11-20"))).as("Friday").isTrue();
        assertThat(werkdagen.isWerkdag(date("2026-11-21"))).as("Saturday").isFalse();
        assertThat(werkdagen.isWerkdag(date("2026-11-22"))).as("Sunday").isFalse();
        assertThat(werkdagen.isWerkdag(date("2026-11-23"))).as("Monday").isTrue();
    }

    @ParameterizedTest(name = "{1} werkdagen after {0} is {2}")
    @CsvSource({
            "2026-11-18, 3, 2026-11-23",  // Wednesday: over the weekend
            "2026-11-20, 3, 2026-11-25",  // Friday
            "2026-11-21, 1, 2026-11-23",  // from a Saturday
            "2026-11-23, 0, 2026-11-23",
            "2026-04-02, 1, 2026-04-07",  // Easter: Goede Vrijdag and Tweede Paasdag
            "2026-04-02, 3, 2026-04-09",
            "2026-04-24, 1, 2026-04-28",  // Koningsdag on a Monday
            "2026-04-30, 3, 2026-05-06",  // Bevrijdingsdag on a Tuesday
            "2027-05-04, 1, 2027-05-07",  // Bevrijdingsdag and Hemelvaartsdag in a row
            "2025-12-24, 1, 2025-12-29",  // Christmas on Thursday and Friday
            "2026-12-23, 3, 2026-12-29",  // Christmas on Friday and Saturday
            "2026-12-30, 2, 2027-01-04",  // year end: Nieuwjaarsdag on a Friday
            "2025-12-31, 1, 2026-01-02",  // Nieuwjaarsdag on a Thursday
            "2026-11-20, 10, 2026-12-04"})
    void addsWerkdagen(LocalDate from, int n, LocalDate expected) {
        assertThat(werkdagen.plusWerkdagen(from, n)).isEqualTo(expected);
    }

    @Test
    void countsWerkdagenAfterTheFirstDayUpToAndIncludingTheLast() {
        assertThat(werkdagen.werkdagenBetween(date("2026-11-20"), date("2026-11-25"))).isEqualTo(3);
        assertThat(werkdagen.werkdagenBetween(date("2026-11-20"), date("2026-11-22"))).isZero();
        assertThat(werkdagen.werkdagenBetween(date("2026-11-20"), date("2026-11-20"))).isZero();
        assertThat(werkdagen.werkdagenBetween(date("2026-11-25"), date("2026-11-20"))).isEqualTo(-3);
        assertThat(werkdagen.werkdagenBetween(date("2025-12-31"), date("2026-12-31")))
                .as("2026: 261 weekdays, 8 feestdagen on a weekday").isEqualTo(253);
    }

    @Test
    void countsBackWhatItAdds() {
        for (LocalDate day = date("2025-01-01"); day.isBefore(date("2028-01-01")); day = day.plusDays(1)) {
            for (int n = 0; n <= 12; n++) {
                assertThat(werkdagen.werkdagenBetween(day, werkdagen.plusWerkdagen(day, n))).isEqualTo(n);
            }
        }
    }

    @Test
    void movesADayThatIsNoWerkdagToTheNextWerkdag() {
        assertThat(werkdagen.onOrAfter(date("2026-12-25"))).isEqualTo(date("2026-12-28"));
        assertThat(werkdagen.onOrAfter(date("2026-12-24"))).isEqualTo(date("2026-12-24"));
    }

    @Test
    void treatsGelijkgesteldeDagenAsFeestdagen() {
        // given the Friday after Hemelvaartsdag 2026, equated by decree
        Werkdagen withBridgeDay = new Werkdagen(Set.of(date("2026-05-15")));
        // then
        assertThat(withBridgeDay.isWerkdag(date("2026-05-15"))).isFalse();
        assertThat(withBridgeDay.plusWerkdagen(date("2026-05-13"), 1)).isEqualTo(date("2026-05-18"));
    }

    @Test
    void refusesToAddANegativeNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> werkdagen.plusWerkdagen(date("2026-11-20"), -1));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
