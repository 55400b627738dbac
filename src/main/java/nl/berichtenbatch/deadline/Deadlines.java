package nl.berichtenbatch.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.berichtenbatch.deadline.Deadline.Duty;
import nl.berichtenbatch.deadline.Deadline.Kind;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;

/**
 * What the state says is due when (processes.md §3): the retours, 325s, answers to requests and stops that are still
 * owed, by us or to us. Read-only; a handful of queries that each pass the state once, so it can run at the end of
 * every run.
 *
 * <p>What counts as answered, and what the state cannot tell:
 * <ul>
 * <li>a retour we are owed: a received retour with the heenbericht's type + 1, Afzender, Ontvanger and
 * Identificatie (a retour copies its heenbericht's header);</li>
 * <li>a retour or 325 we owe: the product plans it in the transaction that records the received message, so it is
 * open only while that planned output has not been written ({@code pending_output});</li>
 * <li>a 325 we are owed: the state does not record which 323 a 325 answers unless it rejected something (the whole
 * 323, or some prestaties). Per gemeente, aanbieder and domain the number of 325s received is exact (one per 323,
 * IV087), so as many 323s as there are 325s count as answered: first those a 325 is known to have answered, then the
 * oldest (a gemeente answers in order of receipt). The number of open 323s is therefore right; which one is open is
 * a best guess when 325s arrive out of order;</li>
 * <li>a request: a 301 for the same client carrying its ReferentieAanbieder, or a 319 for it; a 319 "in onderzoek"
 * turns the 5-werkdagen term into the 8-weeks one;</li>
 * <li>a start: a live stop with the same key (ToewijzingNummer, Product, Begindatum), temporary or not (as TR326
 * treats it). Only starts on an allocation whose current version has ended, and was not deleted (RedenWijziging 13
 * or 01), are due; a start on a deleted allocation is to be deleted, not stopped.</li>
 * </ul>
 * Only effective messages count: a message rejected by its receiver counts as never sent, and creates no deadline
 * and answers none.
 */
public final class Deadlines {

    /** The report looks this many werkdagen ahead. */
    public static final int LOOK_AHEAD_WERKDAGEN = 2;

    static final Comparator<Deadline> ORDER = Comparator.comparing(Deadline::due)
            .thenComparing(Deadline::partner)
            .thenComparing(Deadline::kind)
            .thenComparing(Deadline::messageType)
            .thenComparing(Deadline::identificatie, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Deadline::reference, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final String OUT = "OUT";
    private static final String VERZOEK_ANTWOORD_DEFINITIEF = "1";
    private static final String VERZOEK_ANTWOORD_IN_ONDERZOEK = "2";
    private static final List<String> DELETED = List.of("13", "01");
    /** Keeps each {@code in (...)} list well below the parameter limits of the databases. */
    private static final int IN_LIST = 500;

    /** The heenberichten that a retour answers: 301, 305, 307, 315, 317, 319. */
    private static final List<MessageType> HEENBERICHTEN = Arrays.stream(MessageType.values())
            .filter(type -> type.answeredBy().map(MessageType::isRetour).orElse(false))
            .toList();
    private static final String HEENBERICHT_NUMBERS = HEENBERICHTEN.stream()
            .map(type -> "'" + type.number() + "'").collect(Collectors.joining(", "));
    /** The type of m's retour: 302 for a 301, and so on. */
    private static final String RETOUR_OF_M = HEENBERICHTEN.stream()
            .map(type -> "when '" + type.number() + "' then '" + type.answeredBy().orElseThrow().number() + "'")
            .collect(Collectors.joining(" ", "case m.message_type ", " end"));
    private static final String DECLARATIE = MessageType.DECLARATIE.number();
    private static final String DECLARATIE_ANTWOORD = MessageType.DECLARATIE_ANTWOORD.number();

    private static final String MESSAGE_COLUMNS =
            "m.id, m.direction, m.standard, m.message_type, m.sender, m.receiver, m.identificatie, m.dagtekening, "
                    + "m.recorded_at, m.effective";

    private final JdbcClient jdbc;
    private final Werkdagen calendar;

    public Deadlines(JdbcClient jdbc, Werkdagen calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Every deadline that is still open on {@code today}, late or not, by due date. */
    public List<Deadline> open(LocalDate today) {
        List<Deadline> open = new ArrayList<>();
        open.addAll(retoursOwedToUs());
        open.addAll(answersWeStillWrite());
        open.addAll(declarationAnswersOwedToUs());
        open.addAll(requestsToAnswer());
        open.addAll(startsToStop(today));
        open.sort(ORDER);
        return open;
    }

    /** What is overdue on {@code today} and what falls due in the next {@value #LOOK_AHEAD_WERKDAGEN} werkdagen. */
    public OverdueReport report(LocalDate today) {
        return OverdueReport.of(today, calendar.plusWerkdagen(today, LOOK_AHEAD_WERKDAGEN), open(today));
    }

    /**
     * Our heenberichten without a retour: one pass over message_record, anti-joined on the columns of
     * message_identification (H2 probes that index; PostgreSQL hashes when its statistics say so).
     */
    private List<Deadline> retoursOwedToUs() {
        return jdbc.sql("select " + MESSAGE_COLUMNS + " from message_record m"
                        + " where m.direction = 'OUT' and m.message_type in (" + HEENBERICHT_NUMBERS + ")"
                        + " and not exists (select 1 from message_record r"
                        + "   where r.standard = m.standard and r.sender = m.sender"
                        + "     and r.message_type = " + RETOUR_OF_M
                        + "     and r.identificatie = m.identificatie and r.receiver = m.receiver"
                        + "     and r.direction = 'IN')")
                .query(Deadlines::message).list().stream()
                .map(m -> owedToUs(Kind.RETOUR, m))
                .toList();
    }

    /**
     * Received messages whose retour or 325 is planned but not yet written. Runs are few and pending_output_open
     * (run_id, done) finds their open outputs, which are normally none; only then is message_record consulted.
     */
    private List<Deadline> answersWeStillWrite() {
        List<Long> files = jdbc.sql("""
                select distinct p.run_file_id from run r join pending_output p on p.run_id = r.id
                where p.done = false and p.action = 'WRITE' and p.run_file_id is not null""")
                .query(Long.class).list();
        List<Deadline> due = new ArrayList<>();
        for (int i = 0; i < files.size(); i += IN_LIST) {
            jdbc.sql("select " + MESSAGE_COLUMNS + " from message_record m"
                            + " where m.direction = 'IN' and m.run_file_id in (:files)"
                            + " and m.message_type in (" + HEENBERICHT_NUMBERS + ", '" + DECLARATIE + "')")
                    .param("files", files.subList(i, Math.min(files.size(), i + IN_LIST)))
                    .query(Deadlines::message).list()
                    .forEach(m -> due.add(owedByUs(
                            m.type().equals(DECLARATIE) ? Kind.DECLARATIE_ANTWOORD : Kind.RETOUR, m)));
        }
        return due;
    }

    /**
     * Our 323s without a 325 (see the class comment for how a 325 is attributed). One grouped pass finds the
     * gemeenten that answered fewer 323s than we sent; only their 323s are read, newest first.
     */
    private List<Deadline> declarationAnswersOwedToUs() {
        record Shortfall(String standard, String gemeente, String aanbieder, int unanswered) {
        }
        List<Shortfall> shortfalls = jdbc.sql("""
                select standard, gemeente, aanbieder,
                  sum(case when direction = 'OUT' and message_type = :declaratie then 1 else 0 end)
                    - sum(case when direction = 'IN' and message_type = :antwoord then 1 else 0 end) as unanswered
                from message_record where message_type in (:declaratie, :antwoord)
                group by standard, gemeente, aanbieder
                having sum(case when direction = 'OUT' and message_type = :declaratie then 1 else 0 end)
                  > sum(case when direction = 'IN' and message_type = :antwoord then 1 else 0 end)""")
                .param("declaratie", DECLARATIE).param("antwoord", DECLARATIE_ANTWOORD)
                .query((rs, n) -> new Shortfall(rs.getString("standard"), rs.getString("gemeente"),
                        rs.getString("aanbieder"), rs.getInt("unanswered")))
                .list();
        List<Deadline> owed = new ArrayList<>();
        for (Shortfall shortfall : shortfalls) {
            List<Message> sent = jdbc.sql("select " + MESSAGE_COLUMNS + " from message_record m"
                            + " where m.direction = 'OUT' and m.message_type = ?"
                            + " and m.standard = ? and m.gemeente = ? and m.aanbieder = ?"
                            + " order by m.recorded_at desc, m.id desc")
                    .params(DECLARATIE, shortfall.standard(), shortfall.gemeente(), shortfall.aanbieder())
                    .query(Deadlines::message).list();
            int open = shortfall.unanswered();
            for (Message declaration : sent) {
                if (open == 0) {
                    break;
                }
                if (!knownToBeAnswered(declaration)) {
                    owed.add(owedToUs(Kind.DECLARATIE_ANTWOORD, declaration));
                    open--;
                }
            }
        }
        return owed;
    }

    /** A 325 rejected the whole 323 (it no longer counts as sent) or some of its prestaties. */
    private boolean knownToBeAnswered(Message declaration) {
        return !declaration.effective() || jdbc.sql("""
                select count(*) from declaration d join prestatie p on p.declaration_id = d.id
                where d.message_id = ? and p.approved = false""")
                .param(declaration.id()).query(Long.class).single() > 0;
    }

    /**
     * Requests (315 per AangevraagdProduct, 317) without a 301 carrying their reference or a definitive 319: one pass
     * over request, probing allocation_client and answer_reference.
     */
    private List<Deadline> requestsToAnswer() {
        String effectiveAnswer = """
                select 1 from answer w join message_record wm on wm.id = w.message_id
                  where w.standard = r.standard and w.gemeente = r.gemeente and w.aanbieder = r.aanbieder
                    and w.referentie_aanbieder = r.referentie_aanbieder and wm.effective = true
                    and w.verzoek_antwoord = """;
        return jdbc.sql("select " + MESSAGE_COLUMNS + ", r.referentie_aanbieder,"
                        + " case when exists (" + effectiveAnswer + ":onderzoek) then 1 else 0 end as in_onderzoek"
                        + " from request r join message_record m on m.id = r.message_id"
                        + " where m.effective = true"
                        + " and not exists (select 1 from allocation a join message_record am on am.id = a.message_id"
                        + "   where a.standard = r.standard and a.gemeente = r.gemeente and a.aanbieder = r.aanbieder"
                        + "     and a.client = r.client and a.referentie_aanbieder = r.referentie_aanbieder"
                        + "     and am.effective = true)"
                        + " and not exists (" + effectiveAnswer + ":definitief)")
                .param("onderzoek", VERZOEK_ANTWOORD_IN_ONDERZOEK)
                .param("definitief", VERZOEK_ANTWOORD_DEFINITIEF)
                .query((rs, n) -> {
                    Message request = message(rs, n);
                    String referentie = rs.getString("referentie_aanbieder");
                    if (rs.getInt("in_onderzoek") == 1) {
                        LocalDate start = request.dagtekening() == null ? request.receivedOn() : request.dagtekening();
                        return deadline(Kind.EINDANTWOORD, request, referentie, start);
                    }
                    return deadline(Kind.VERZOEK_ANTWOORD, request, referentie, request.receivedOn());
                })
                .list();
    }

    /**
     * Live starts without a live stop whose allocation has ended before {@code today}: one pass over the starts,
     * probing delivery_lookup for the stop and allocation_client (all its columns, so even without statistics
     * PostgreSQL cannot pick a prefix-only scan) for the allocation's versions; the current version is chosen here
     * as the state store does (IV013).
     */
    private List<Deadline> startsToStop(LocalDate today) {
        record OpenStart(long id, Message start, long toewijzingNummer, String versionKey,
                LocalDate ingangsdatum, LocalDate einddatum, String redenWijziging) {
        }
        List<OpenStart> rows = jdbc.sql("select " + MESSAGE_COLUMNS + ", s.id as start_id, s.toewijzing_nummer,"
                        + " a.toewijzingsdatum, a.toewijzingstijd, a.ingangsdatum, a.einddatum,"
                        + " a.reden_wijziging"
                        + " from delivery s"
                        + " join message_record m on m.id = s.message_id"
                        + " join allocation a on a.standard = s.standard and a.gemeente = s.gemeente"
                        + "   and a.aanbieder = s.aanbieder and a.client = s.client"
                        + "   and a.toewijzing_nummer = s.toewijzing_nummer"
                        + " join message_record am on am.id = a.message_id"
                        + " where s.kind = 'START' and s.live = true and m.effective = true and am.effective = true"
                        + " and not exists (select 1 from delivery t join message_record tm on tm.id = t.message_id"
                        + "   where t.standard = s.standard and t.gemeente = s.gemeente and t.aanbieder = s.aanbieder"
                        + "     and t.client = s.client and t.kind = 'STOP' and t.live = true and tm.effective = true"
                        + "     and t.toewijzing_nummer = s.toewijzing_nummer and t.begindatum = s.begindatum"
                        + "     and t.categorie is not distinct from s.categorie"
                        + "     and t.product_code is not distinct from s.product_code)"
                        + " order by s.id, a.id")
                .query((rs, n) -> new OpenStart(rs.getLong("start_id"), message(rs, n), rs.getLong("toewijzing_nummer"),
                        rs.getDate("toewijzingsdatum").toLocalDate() + "T" + rs.getString("toewijzingstijd"),
                        rs.getDate("ingangsdatum").toLocalDate(), localDate(rs, "einddatum"),
                        rs.getString("reden_wijziging")))
                .list();
        // IV013: the latest Toewijzingsdatum + -tijd is current; with equal stamps the later recorded version wins
        Map<Long, OpenStart> current = new LinkedHashMap<>();
        rows.forEach(row -> current.merge(row.id(), row,
                (earlier, later) -> later.versionKey().compareTo(earlier.versionKey()) >= 0 ? later : earlier));
        return current.values().stream()
                .filter(open -> open.einddatum() != null && open.einddatum().isBefore(today))
                .filter(open -> !(open.einddatum().equals(open.ingangsdatum())
                        && DELETED.contains(open.redenWijziging())))
                .map(open -> deadline(Kind.STOP, open.start(), String.valueOf(open.toewijzingNummer()),
                        open.einddatum()))
                .toList();
    }

    /** The partner owes us the answer to a message we sent. */
    private Deadline owedToUs(Kind kind, Message sent) {
        return new Deadline(kind, Duty.PARTNER, sent.standard(), sent.receiver(), sent.sender(), sent.type(),
                sent.identificatie(), null, sent.receivedOn(), kind.due(sent.receivedOn(), calendar));
    }

    /** We owe the answer to a message we received. */
    private Deadline owedByUs(Kind kind, Message received) {
        return new Deadline(kind, Duty.OURS, received.standard(), received.receiver(), received.sender(),
                received.type(), received.identificatie(), null, received.receivedOn(),
                kind.due(received.receivedOn(), calendar));
    }

    /**
     * A deadline on the receiver of {@code message} (the gemeente for a request) or on its sender (the aanbieder for
     * a start): the sender of a 305 owes its 307, the receiver of a 315 its answer.
     */
    private Deadline deadline(Kind kind, Message message, String reference, LocalDate start) {
        boolean onSender = kind == Kind.STOP;
        String from = onSender ? message.sender() : message.receiver();
        String to = onSender ? message.receiver() : message.sender();
        boolean ours = message.sent() == onSender;
        return new Deadline(kind, ours ? Duty.OURS : Duty.PARTNER, message.standard(), from, to, message.type(),
                message.identificatie(), reference, start, kind.due(start, calendar));
    }

    /** A row of message_record, as far as deadlines need it. */
    private record Message(long id, boolean sent, Standard standard, String type, String sender, String receiver,
            String identificatie, LocalDate dagtekening, LocalDate recordedOn, boolean effective) {

        /** When the receiver got it: see {@link Kind}. */
        LocalDate receivedOn() {
            if (sent || dagtekening == null || dagtekening.isAfter(recordedOn)) {
                return recordedOn;
            }
            return dagtekening;
        }
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        String standard = rs.getString("standard");
        return new Message(rs.getLong("id"), OUT.equals(rs.getString("direction")),
                Standard.fromId(standard).orElseThrow(
                        () -> new IllegalStateException("unknown standard in message_record: " + standard)),
                rs.getString("message_type"), rs.getString("sender"), rs.getString("receiver"),
                rs.getString("identificatie"), localDate(rs, "dagtekening"),
                rs.getTimestamp("recorded_at").toLocalDateTime().toLocalDate(), rs.getBoolean("effective"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
