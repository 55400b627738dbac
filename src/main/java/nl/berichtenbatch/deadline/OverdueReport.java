package nl.berichtenbatch.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What is overdue on a day and what falls due in the next werkdagen, per partner: the {@code overdue} section of a
 * run report and the output of {@code report overdue}. Component order and names are the JSON contract.
 *
 * @param date     the day it was made for
 * @param dueBy    the last day of the look-ahead: {@link Deadlines#LOOK_AHEAD_WERKDAGEN} werkdagen after the date
 * @param partners per partner code (ascending), only partners with something overdue or falling due
 */
public record OverdueReport(LocalDate date, LocalDate dueBy, List<PartnerDeadlines> partners) {

    public OverdueReport {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dueBy, "dueBy");
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /**
     * One partner's part: what is late and what falls due soon, both by due date. Each deadline says whether we
     * owe it or the partner does.
     */
    public record PartnerDeadlines(String partner, List<Deadline> overdue, List<Deadline> dueSoon) {

        public PartnerDeadlines {
            Objects.requireNonNull(partner, "partner");
            overdue = overdue == null ? List.of() : List.copyOf(overdue);
            dueSoon = dueSoon == null ? List.of() : List.copyOf(dueSoon);
        }
    }

    /** Sorts open deadlines into the report: the rest (due after {@code dueBy}) is left out. */
    static OverdueReport of(LocalDate date, LocalDate dueBy, List<Deadline> open) {
        Map<String, List<Deadline>> overdue = new TreeMap<>();
        Map<String, List<Deadline>> dueSoon = new TreeMap<>();
        for (Deadline deadline : open.stream().sorted(Deadlines.ORDER).toList()) {
            if (deadline.isOverdueOn(date)) {
                overdue.computeIfAbsent(deadline.partner(), p -> new ArrayList<>()).add(deadline);
            } else if (deadline.fallsDueBetween(date, dueBy)) {
                dueSoon.computeIfAbsent(deadline.partner(), p -> new ArrayList<>()).add(deadline);
            }
        }
        TreeMap<String, PartnerDeadlines> partners = new TreeMap<>();
        overdue.forEach((partner, list) -> partners.put(partner, new PartnerDeadlines(partner, list, List.of())));
        dueSoon.forEach((partner, list) -> partners.merge(partner, new PartnerDeadlines(partner, List.of(), list),
                (a, b) -> new PartnerDeadlines(partner, a.overdue(), b.dueSoon())));
        return new OverdueReport(date, dueBy, new ArrayList<>(partners.values()));
    }

    /** How many deadlines have passed, over all partners. */
    public int totalOverdue() {
        return partners.stream().mapToInt(p -> p.overdue().size()).sum();
    }

    /** How many fall due by {@link #dueBy}, over all partners. */
    public int totalDueSoon() {
        return partners.stream().mapToInt(p -> p.dueSoon().size()).sum();
    }

    /** The partner's part, if it has one. */
    public PartnerDeadlines partner(String code) {
        return partners.stream().filter(p -> p.partner().equals(code)).findFirst()
                .orElse(new PartnerDeadlines(code, List.of(), List.of()));
    }
}
