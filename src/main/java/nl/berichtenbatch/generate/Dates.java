package nl.berichtenbatch.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Date arithmetic of the standard: ISO weeks touched by a period (IV077) and calendar months. */
final class Dates {

    private Dates() {
    }

    /** The calendar weeks (Monday-Sunday) a period touches, partial weeks counted whole (variants.md §6.1). */
    static long weeksTouched(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(monday(from), monday(to)) / 7 + 1;
    }

    private static LocalDate monday(LocalDate date) {
        return date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    /** The calendar months from the month of {@code from} to the month of {@code to}, both included. */
    static long monthsTouched(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    static LocalDate endOfMonth(LocalDate date) {
        return YearMonth.from(date).atEndOfMonth();
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The next working day on or after a date (offices send on Monday to Friday). */
    static LocalDate workingDay(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }
}
