package nl.berichtenbatch.validation.rules.declaration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.OptionalLong;
import java.util.Set;

import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.state.Allocation;

/**
 * The volume arithmetic of TR321 and TR322 (variants.md §6): the maximum per product period and over the whole
 * allocation, in the allocation's unit, or in minutes for an hour allocation (which may be declared in minutes).
 */
final class Volumes {

    static final String MINUTE = "01";
    static final String HOUR = "04";
    private static final Set<String> OUTPUT = Set.of("82", "83");
    private static final String PER_DAY = "1";
    private static final String PER_WEEK = "2";
    private static final String PER_MONTH = "4";
    private static final String TOTAL = "6";
    /** iWmo huishoudelijke hulp: up to 6 x the weekly volume in one product period (IV077, validation.md §8). */
    private static final String HOUSEHOLD_HELP = "01";

    private Volumes() {
    }

    /** A declared volume in the comparison unit of the allocation; empty when its unit does not fit (TR341). */
    static OptionalLong normalised(Allocation allocation, String eenheid, long volume) {
        if (eenheid.equals(allocation.eenheid())) {
            return OptionalLong.of(volume * scale(allocation));
        }
        if (HOUR.equals(allocation.eenheid()) && MINUTE.equals(eenheid)) {
            return OptionalLong.of(volume);
        }
        return OptionalLong.empty();
    }

    /** Hours are compared in minutes. */
    static long scale(Allocation allocation) {
        return HOUR.equals(allocation.eenheid()) ? 60 : 1;
    }

    /** TR321: the maximum for a product period [b, e] inside the allocation, in the comparison unit. */
    static OptionalLong periodMaximum(Standard standard, Allocation a, LocalDate b, LocalDate e) {
        long v = a.volume();
        long max;
        switch (a.frequentie()) {
            case PER_WEEK -> {
                if (standard == Standard.IWMO && HOUSEHOLD_HELP.equals(a.categorie())) {
                    max = 6 * v;
                } else if (OUTPUT.contains(a.eenheid())) {
                    max = v * (sundays(b, e) + outputBonus(a, b, e));
                } else {
                    max = v * weeksTouched(b, e);
                }
            }
            case PER_MONTH, TOTAL -> max = v;
            case PER_DAY -> max = v * days(b, e);
            default -> {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(max * scale(a));
    }

    /** TR322: the maximum over the whole allocation, in the comparison unit; empty when it has no end to count to. */
    static OptionalLong totalMaximum(Allocation a) {
        long v = a.volume();
        LocalDate i = a.ingangsdatum();
        LocalDate e = a.einddatum();
        if (TOTAL.equals(a.frequentie())) {
            return OptionalLong.of(v * scale(a));
        }
        if (e == null) {
            return OptionalLong.empty();
        }
        long max;
        switch (a.frequentie()) {
            case PER_WEEK -> max = OUTPUT.contains(a.eenheid())
                    ? v * (sundays(i, e) + (e.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1))
                    : v * weeksTouched(i, e);
            case PER_MONTH -> max = v * (ChronoUnit.MONTHS.between(i.withDayOfMonth(1), e.withDayOfMonth(1)) + 1);
            case PER_DAY -> max = v * days(i, e);
            default -> {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(max * scale(a));
    }

    /**
     * Output per week: the broken last week of an allocation that does not end on a Sunday belongs to the product
     * period with its last Sunday (IV076/IV077); [DEFAULT] without any Sunday, to the period that holds the end.
     */
    private static long outputBonus(Allocation a, LocalDate b, LocalDate e) {
        LocalDate end = a.einddatum();
        if (end == null || end.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return 0;
        }
        LocalDate lastSunday = end.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        LocalDate anchor = lastSunday.isBefore(a.ingangsdatum()) ? end : lastSunday;
        return !anchor.isBefore(b) && !anchor.isAfter(e) ? 1 : 0;
    }

    /** The ISO weeks (Monday to Sunday) a period touches, a broken week counting whole (IV077). */
    static long weeksTouched(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(monday(a), monday(b)) / 7 + 1;
    }

    static long sundays(LocalDate a, LocalDate b) {
        LocalDate first = a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return first.isAfter(b) ? 0 : ChronoUnit.DAYS.between(first, b) / 7 + 1;
    }

    static long days(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b) + 1;
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
