package nl.berichtenbatch.deadline;

import java.time.LocalDate;
import java.util.Objects;

import nl.berichtenbatch.message.Standard;

/**
 * A message that one party owes the other by a date (processes.md §3). It names the message it concerns by type and
 * Identificatie, and at most a ToewijzingNummer or ReferentieAanbieder: never a client.
 *
 * @param duty          whether we owe it or the partner owes it to us
 * @param from          the code (gemeente code or AGB-code) of the party that must send it
 * @param to            the code of the party it is owed to
 * @param messageType   the type of the message it concerns ({@code 301} … {@code 323}), e.g. the heenbericht a
 *                      retour answers, the 315 to be answered, the 305 to be stopped
 * @param identificatie the Identificatie of that message
 * @param reference     the ReferentieAanbieder of a request, the ToewijzingNummer of a start to stop; else null
 * @param start         the day the term started: see {@link Kind}
 * @param due           the last day on which it is in time
 */
public record Deadline(Kind kind, Duty duty, Standard standard, String from, String to, String messageType,
        String identificatie, String reference, LocalDate start, LocalDate due) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
    }

    /** Who must act. */
    public enum Duty {
        /** We must send it. */
        OURS,
        /** The partner must send it; we are owed and should chase it (OP090, OP090x4). */
        PARTNER
    }

    /**
     * What is due. The term starts on the day the message that starts it was received: for a message we received,
     * the earlier of its Dagtekening and the day we recorded it (the traffic delivers on the day of sending, and a
     * file that waited in the inbox must not start our own clock late); for a message we sent, the day we recorded
     * it, i.e. released it to the outbox (the partner cannot have had it earlier; its Dagtekening may be older when
     * it waited in {@code outgoing/}).
     */
    public enum Kind {

        /**
         * OP090: the receiver of a heenbericht (301, 305, 307, 315, 317, 319) returns its retour (302 … 320) within 3
         * werkdagen after receipt. Partner's duty for a message we sent (the sender chases); ours for one we received,
         * which the product answers in the run that records it, so ours are open only while that answer is not yet
         * written.
         */
        RETOUR("OP090", "retour", 3, 0),

        /**
         * OP090x4: the gemeente answers a 323 with a 325 within 10 werkdagen after receipt. Partner's duty for an
         * aanbieder's 323 (the aanbieder chases); ours for a gemeente, which answers in the run that records the 323.
         */
        DECLARATIE_ANTWOORD("OP090x4", "325", 10, 0),

        /**
         * OP274 (315), OP346 (317): the gemeente answers a request with a 301 carrying its ReferentieAanbieder or a
         * 319 within 5 werkdagen after receipt. The gemeente's duty: ours on the gemeente's side, the partner's on the
         * aanbieder's side.
         */
        VERZOEK_ANTWOORD("OP274/OP346", "301 or 319", 5, 0),

        /**
         * OP274, OP346: after a 319 "in onderzoek" (VerzoekAntwoord 2) the final 301 or rejecting 319 follows within 8
         * weeks after the request's date (its Dagtekening), moved to the next werkdag when that is not one (Atw art.
         * 1). The gemeente's duty.
         */
        EINDANTWOORD("OP274/OP346", "final 301 or 319", 0, 8),

        /**
         * OP272, OP288: the aanbieder stops (307) a reported start within 5 werkdagen after care ended; the term
         * starts on the Einddatum of the current version of its allocation (IV013), the latest the care can have
         * ended. The aanbieder's duty: ours on the aanbieder's side, the partner's on the gemeente's side.
         */
        STOP("OP272", "307", 5, 0);

        private final String rules;
        private final String owed;
        private final int werkdagen;
        private final int weeks;

        Kind(String rules, String owed, int werkdagen, int weeks) {
            this.rules = rules;
            this.owed = owed;
            this.werkdagen = werkdagen;
            this.weeks = weeks;
        }

        /** The ids of the business rules that set the term, e.g. {@code OP090}. */
        public String rules() {
            return rules;
        }

        /** The message that is owed, as an operator reads it: {@code retour}, {@code 325}, {@code 301 or 319}. */
        public String owed() {
            return owed;
        }

        /** The last day in time for a term that started on {@code start}. */
        public LocalDate due(LocalDate start, Werkdagen calendar) {
            return weeks > 0 ? calendar.onOrAfter(start.plusWeeks(weeks)) : calendar.plusWerkdagen(start, werkdagen);
        }
    }

    /** The other party: the one we owe it to, or the one that owes it to us. */
    public String partner() {
        return duty == Duty.OURS ? to : from;
    }

    /** Late: the due day has passed. On the due day itself it is still in time. */
    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(due);
    }

    /** Not yet late on {@code today}, and due on or before {@code horizon}. */
    public boolean fallsDueBetween(LocalDate today, LocalDate horizon) {
        return !due.isBefore(today) && !due.isAfter(horizon);
    }
}
