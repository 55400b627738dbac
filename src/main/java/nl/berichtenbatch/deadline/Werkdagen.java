package nl.berichtenbatch.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in the Netherlands: Monday to Friday except the algemeen erkende feestdagen of the Algemene
 * termijnenwet (Atw), art. 3.
 * <ul>
 * <li>lid 1: Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag, the day
 * the King's birthday is celebrated (Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday; before
 * 2014 Koninginnedag: 30 April, or 29 April when the 30th is a Sunday) and "de vijfde mei": Bevrijdingsdag every
 * year (the once-in-five-years day off is a matter of labour agreements, not of the Atw);</li>
 * <li>lid 2: Goede Vrijdag is equated with them, so it is not a working day either;</li>
 * <li>lid 3: days the government equates by decree in the Staatscourant (bridge days such as the Friday after
 * Hemelvaartsdag) cannot be computed; pass them to {@link #Werkdagen(Collection)}.</li>
 * </ul>
 * Easter Sunday, from which Goede Vrijdag, Tweede Paasdag, Hemelvaartsdag and Tweede Pinksterdag follow, is computed
 * with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
public final class Werkdagen {

    private final Set<LocalDate> gelijkgesteld;
    private final Map<Integer, NavigableMap<LocalDate, String>> perYear = new ConcurrentHashMap<>();

    /** The feestdagen of the Atw (art. 3 lid 1 and 2) only. */
    public Werkdagen() {
        this(Set.of());
    }

    /** Also treats these days as feestdagen: those equated by decree (Atw art. 3 lid 3) or agreed between parties. */
    public Werkdagen(Collection<LocalDate> gelijkgesteldeDagen) {
        this.gelijkgesteld = Set.copyOf(gelijkgesteldeDagen);
    }

    public boolean isWerkdag(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isFeestdag(day);
    }

    /** Whether the day is a feestdag in the sense of the Atw (or one of the extra days), whatever its weekday. */
    public boolean isFeestdag(LocalDate day) {
        return feestdagen(day.getYear()).containsKey(day) || gelijkgesteld.contains(day);
    }

    /**
     * The n-th working day after {@code from} ({@code from} itself does not count, whatever day it is): 3 werkdagen
     * after Friday 20 November 2026 is Wednesday 25 November. With n = 0, {@code from} itself.
     */
    public LocalDate plusWerkdagen(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a number of werkdagen to add must not be negative: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWerkdag(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative when {@code to} lies
     * before {@code from}. It is the inverse of {@link #plusWerkdagen}: between(d, plusWerkdagen(d, n)) == n.
     */
    public int werkdagenBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -werkdagenBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWerkdag(day)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day on or after {@code day}: where a term ending on a day off ends instead (Atw art. 1). */
    public LocalDate onOrAfter(LocalDate day) {
        return isWerkdag(day) ? day : plusWerkdagen(day, 1);
    }

    /** The feestdagen of the Atw in a year, by date, with their names (without the extra days). */
    public NavigableMap<LocalDate, String> feestdagen(int year) {
        return perYear.computeIfAbsent(year, Werkdagen::compute);
    }

    private static NavigableMap<LocalDate, String> compute(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag");
        days.put(easter.minusDays(2), "Goede Vrijdag");
        days.put(easter.plusDays(1), "Tweede Paasdag");
        days.put(kingsDay(year), year >= 2014 ? "Koningsdag" : "Koninginnedag");
        days.put(LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag");
        days.put(easter.plusDays(39), "Hemelvaartsdag");
        days.put(easter.plusDays(50), "Tweede Pinksterdag");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag");
        return Collections.unmodifiableNavigableMap(days);
    }

    /** Koningsdag moves to the Saturday before when it would fall on a Sunday, never to the Monday after. */
    private static LocalDate kingsDay(int year) {
        LocalDate day = year >= 2014 ? LocalDate.of(year, Month.APRIL, 27) : LocalDate.of(year, Month.APRIL, 30);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
