package nl.berichtenbatch.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import nl.berichtenbatch.message.MessageType;

/**
 * Writes state rows directly, the way the processor leaves them: a message_record per message (a retour carries its
 * heenbericht's header, so its sender is the heenbericht's Afzender), and the allocations, deliveries, requests,
 * answers, declarations and planned outputs that hang off it. One scope unless a test names another aanbieder.
 */
final class StateRows {

    static final String GEMEENTE = "0363";
    static final String AANBIEDER = "12345678";
    static final String OTHER_AANBIEDER = "87654321";
    static final String CLIENT = "pseudonym-of-a-client";

    private final JdbcClient jdbc;
    private final AtomicInteger files = new AtomicInteger();

    StateRows(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    /** A message we sent, recorded (released) on {@code recorded}. */
    MessageRow sent(String type, String identificatie, String recorded) {
        return new MessageRow("OUT", type, identificatie, LocalDate.parse(recorded));
    }

    /** A message we received, recorded on {@code recorded}; its Dagtekening is that day unless set. */
    MessageRow received(String type, String identificatie, String recorded) {
        return new MessageRow("IN", type, identificatie, LocalDate.parse(recorded));
    }

    /** One message_record row; {@link #insert()} writes it and returns its id. */
    final class MessageRow {

        private final String direction;
        private final MessageType type;
        private final String identificatie;
        private final LocalDate recorded;
        private LocalDate dagtekening;
        private String aanbieder = AANBIEDER;
        private boolean effective = true;
        private Long runId;
        private Long runFileId;

        private MessageRow(String direction, String type, String identificatie, LocalDate recorded) {
            this.direction = direction;
            this.type = MessageType.fromNumber(type).orElseThrow();
            this.identificatie = identificatie;
            this.recorded = recorded;
            this.dagtekening = recorded;
        }

        MessageRow dagtekening(String day) {
            this.dagtekening = LocalDate.parse(day);
            return this;
        }

        MessageRow aanbieder(String code) {
            this.aanbieder = code;
            return this;
        }

        /** Rejected: by us when received, by the partner's retour (or 325) when sent. */
        MessageRow rejected() {
            this.effective = false;
            return this;
        }

        /** Processed as a file of a run, so that it can have planned outputs. */
        MessageRow inRun(long run, long runFile) {
            this.runId = run;
            this.runFileId = runFile;
            return this;
        }

        long insert() {
            // a retour copies the header of its heenbericht: the Afzender is the heenbericht's sender
            MessageType.Sender afzender = type.isRetour()
                    ? (type.sender() == MessageType.Sender.GEMEENTE ? MessageType.Sender.AANBIEDER
                            : MessageType.Sender.GEMEENTE)
                    : type.sender();
            String sender = afzender == MessageType.Sender.GEMEENTE ? GEMEENTE : aanbieder;
            String receiver = afzender == MessageType.Sender.GEMEENTE ? aanbieder : GEMEENTE;
            String outcome = !effective ? "REJECTED" : direction.equals("OUT") ? "SENT" : "ACCEPTED";
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into message_record (run_id, run_file_id, direction, standard, std_release, message_type,
                      sender, receiver, gemeente, aanbieder, identificatie, dagtekening, sha256, file_name, outcome,
                      effective, recorded_at)
                    values (?, ?, ?, 'ijw', '3.2', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(runId == null ? 1L : runId, runFileId, direction, type.number(), sender, receiver,
                            GEMEENTE, aanbieder, identificatie, dagtekening, "0".repeat(64), identificatie + ".xml",
                            outcome, effective, recorded.atTime(LocalTime.of(2, 30)))
                    .update(keys, "id");
            return keys.getKey().longValue();
        }
    }

    /** A run with one file, for planned outputs; returns the file's id (the run id is {@link #runOf}). */
    long runFile(String day) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into run (run_date, started, status) values (?, ?, 'COMPLETED')")
                .params(LocalDate.parse(day), LocalDate.parse(day).atTime(2, 0)).update(keys, "id");
        long run = keys.getKey().longValue();
        var fileKeys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into run_file (run_id, seq, folder, name, modified, state, outcome)
                values (?, 1, 'inbox', ?, ?, 'DONE', 'ACCEPTED')""")
                .params(run, "file-" + files.incrementAndGet() + ".xml", LocalDate.parse(day).atTime(1, 0))
                .update(fileKeys, "id");
        return fileKeys.getKey().longValue();
    }

    long runOf(long runFile) {
        return jdbc.sql("select run_id from run_file where id = ?").param(runFile).query(Long.class).single();
    }

    /** The answer to a received message, planned in its run, written ({@code done}) or not yet. */
    void plannedAnswer(long runFile, boolean done) {
        jdbc.sql("""
                insert into pending_output (run_id, run_file_id, action, target, content, done)
                values (?, ?, 'WRITE', ?, ?, ?)""")
                .params(runOf(runFile), runFile, "outbox/answer-" + runFile + ".xml", done ? null : new byte[] {1},
                        done)
                .update();
    }

    void request(long message, String kind, String referentie) {
        jdbc.sql("""
                insert into request (message_id, standard, gemeente, aanbieder, client, kind, referentie_aanbieder)
                values (?, 'ijw', ?, ?, ?, ?, ?)""")
                .params(message, GEMEENTE, aanbiederOf(message), CLIENT, kind, referentie).update();
    }

    void answer(long message, String referentie, String verzoekAntwoord) {
        jdbc.sql("""
                insert into answer (message_id, standard, gemeente, aanbieder, referentie_aanbieder, verzoek_antwoord,
                  reden_afwijzing) values (?, 'ijw', ?, ?, ?, ?, ?)""")
                .params(message, GEMEENTE, aanbiederOf(message), referentie, verzoekAntwoord,
                        "1".equals(verzoekAntwoord) ? "07" : null)
                .update();
    }

    /** A version of an allocation of {@link #CLIENT}, product 45/45A01. */
    void allocation(long message, long toewijzingNummer, String referentie, String toewijzingsdatum,
            String ingangsdatum, String einddatum, String redenWijziging) {
        jdbc.sql("""
                insert into allocation (message_id, standard, gemeente, aanbieder, client, toewijzing_nummer,
                  referentie_aanbieder, categorie, product_code, toewijzingsdatum, toewijzingstijd, ingangsdatum,
                  einddatum, reden_wijziging, volume, eenheid, frequentie)
                values (?, 'ijw', ?, ?, ?, ?, ?, '45', '45A01', ?, '10:00:00', ?, ?, ?, 2, '04', '2')""")
                .params(message, GEMEENTE, aanbiederOf(message), CLIENT, toewijzingNummer, referentie,
                        LocalDate.parse(toewijzingsdatum), LocalDate.parse(ingangsdatum),
                        einddatum == null ? null : LocalDate.parse(einddatum), redenWijziging)
                .update();
    }

    /** A start (or stop) of product 45/45A01 of {@link #CLIENT}; {@code live} false when a status 3 cancelled it. */
    void delivery(long message, String kind, long toewijzingNummer, String begindatum, String einddatum,
            boolean live) {
        jdbc.sql("""
                insert into delivery (message_id, standard, gemeente, aanbieder, client, kind, toewijzing_nummer,
                  categorie, product_code, begindatum, reden, einddatum, status, live, pos)
                values (?, 'ijw', ?, ?, ?, ?, ?, '45', '45A01', ?, ?, ?, '1', ?, 0)""")
                .params(message, GEMEENTE, aanbiederOf(message), CLIENT, kind, toewijzingNummer,
                        LocalDate.parse(begindatum), einddatum == null ? null : "01",
                        einddatum == null ? null : LocalDate.parse(einddatum), live)
                .update();
    }

    /** The declaration of a 323 with one prestatie, approved or (by a 325) rejected. */
    void declaration(long message, String nummer, boolean prestatieApproved) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into declaration (message_id, standard, gemeente, aanbieder, declaratie_nummer, periode_begin,
                  periode_eind, totaal_bedrag, debet_credit) values (?, 'ijw', ?, ?, ?, ?, ?, 1000, 'D')""")
                .params(message, GEMEENTE, aanbiederOf(message), nummer, LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31))
                .update(keys, "id");
        jdbc.sql("""
                insert into prestatie (declaration_id, client, referentie_nummer, toewijzing_nummer, categorie,
                  product_code, periode_begin, periode_eind, volume, eenheid, tarief, bedrag, debet_credit, approved)
                values (?, ?, ?, 1, '45', '45A01', ?, ?, 10, '04', 100, 1000, 'D', ?)""")
                .params(keys.getKey().longValue(), CLIENT, "P-" + nummer, LocalDate.of(2026, 10, 1),
                        LocalDate.of(2026, 10, 31), prestatieApproved)
                .update();
    }

    private String aanbiederOf(long message) {
        return jdbc.sql("select aanbieder from message_record where id = ?").param(message).query(String.class)
                .single();
    }
}
