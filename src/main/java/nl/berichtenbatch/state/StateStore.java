package nl.berichtenbatch.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageType;

/**
 * The state on the database: what was received and sent, and the allocations, deliveries, requests and
 * declarations they carried. Writes join the caller's transaction; only effective messages count as history.
 */
public final class StateStore implements History {

    private final JdbcClient jdbc;
    private final Clock clock;

    public StateStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean identificationUsed(MessageKind kind, String sender, String identificatie) {
        return jdbc.sql("""
                select count(*) from message_record
                where standard = ? and sender = ? and message_type = ? and identificatie = ?""")
                .params(kind.standard().id(), sender, kind.type().number(), identificatie)
                .query(Long.class).single() > 0;
    }

    @Override
    public List<Delivery> liveDeliveries(Scope scope, String client, Delivery.Kind kind) {
        return jdbc.sql("""
                select d.* from delivery d join message_record m on m.id = d.message_id
                where d.standard = ? and d.gemeente = ? and d.aanbieder = ? and d.client = ? and d.kind = ?
                  and d.live = true and m.effective = true
                order by d.id""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), client, kind.name())
                .query(StateStore::delivery).list();
    }

    @Override
    public Optional<Allocation> currentAllocation(Scope scope, long toewijzingNummer) {
        List<Allocation> versions = jdbc.sql("""
                select a.* from allocation a join message_record m on m.id = a.message_id
                where a.standard = ? and a.gemeente = ? and a.aanbieder = ? and a.toewijzing_nummer = ?
                  and m.effective = true
                order by a.id""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), toewijzingNummer)
                .query(StateStore::allocation).list();
        // IV013: latest Toewijzingsdatum + -tijd; with equal stamps the later processed one wins (validation.md §0.26)
        return versions.stream().reduce((a, b) -> b.versionKey().compareTo(a.versionKey()) >= 0 ? b : a);
    }

    /** Records a message that passed level 1 and returns its id. */
    public long recordMessage(MessageRecord message) {
        var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into message_record (run_id, run_file_id, direction, standard, std_release, message_type,
                  sender, receiver, gemeente, aanbieder, identificatie, dagtekening, sha256, file_name, outcome,
                  effective, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(message.runId(), message.runFileId(), message.direction(), message.kind().standard().id(),
                        message.kind().release(), message.kind().type().number(), message.sender(),
                        message.receiver(), message.scope().gemeente(), message.scope().aanbieder(),
                        message.identificatie(), message.dagtekening(), message.sha256(), message.fileName(),
                        message.outcome(), message.effective(), LocalDateTime.now(clock))
                .update(keyHolder, "id");
        return keyHolder.getKey().longValue();
    }

    /**
     * Records the deliveries of an accepted 305/307: status 3 cancels the live delivery with the same key (and is
     * itself not live).
     */
    public void recordDeliveries(long messageId, Scope scope, String client, List<Delivery> deliveries) {
        int position = 0;
        for (Delivery delivery : deliveries) {
            if (delivery.isCancellation()) {
                liveDeliveries(scope, client, delivery.kind()).stream()
                        .filter(delivery::sameKey)
                        .findFirst()
                        .ifPresent(cancelled -> cancel(scope, client, cancelled));
            }
            jdbc.sql("""
                    insert into delivery (message_id, standard, gemeente, aanbieder, client, kind, toewijzing_nummer,
                      categorie, product_code, begindatum, reden, einddatum, status, live, pos)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(messageId, scope.standard().id(), scope.gemeente(), scope.aanbieder(), client,
                            delivery.kind().name(), delivery.toewijzingNummer(), delivery.categorie(),
                            delivery.productCode(), delivery.begindatum(), delivery.reden(), delivery.einddatum(),
                            delivery.status(), delivery.isNew(), position++)
                    .update();
        }
    }

    private void cancel(Scope scope, String client, Delivery delivery) {
        jdbc.sql("""
                select d.* from delivery d join message_record m on m.id = d.message_id
                where d.standard = ? and d.gemeente = ? and d.aanbieder = ? and d.client = ? and d.kind = ?
                  and d.live = true and m.effective = true order by d.id""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), client, delivery.kind().name())
                .query((rs, n) -> delivery(rs, n).sameKey(delivery) ? rs.getLong("id") : -1L)
                .list().stream().filter(id -> id >= 0).findFirst()
                .ifPresent(id -> jdbc.sql("update delivery set live = false where id = ?").param(id).update());
    }

    /** Records the allocations of an accepted 301 (every version is kept; IV013 decides which is current). */
    public void recordAllocations(long messageId, Scope scope, List<Allocation> allocations) {
        for (Allocation a : allocations) {
            jdbc.sql("""
                    insert into allocation (message_id, standard, gemeente, aanbieder, client, toewijzing_nummer,
                      referentie_aanbieder, categorie, product_code, toewijzingsdatum, toewijzingstijd, ingangsdatum,
                      einddatum, reden_wijziging, volume, eenheid, frequentie, budget)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(messageId, scope.standard().id(), scope.gemeente(), scope.aanbieder(), a.client(),
                            a.toewijzingNummer(), a.referentieAanbieder(), a.categorie(), a.productCode(),
                            a.toewijzingsdatum(), a.toewijzingstijd(), a.ingangsdatum(), a.einddatum(),
                            a.redenWijziging(), a.volume(), a.eenheid(), a.frequentie(), a.budget())
                    .update();
        }
    }

    /** Records the requests of an accepted 315 (each AangevraagdProduct) or 317 (the Verzoek). */
    public void recordRequest(long messageId, Scope scope, String client, MessageType kind, String referentie) {
        jdbc.sql("""
                insert into request (message_id, standard, gemeente, aanbieder, client, kind, referentie_aanbieder)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(messageId, scope.standard().id(), scope.gemeente(), scope.aanbieder(), client,
                        kind.number(), referentie)
                .update();
    }

    /** Records the answer of an accepted 319. */
    public void recordAnswer(long messageId, Scope scope, String referentie, String verzoekAntwoord, String reden) {
        jdbc.sql("""
                insert into answer (message_id, standard, gemeente, aanbieder, referentie_aanbieder, verzoek_antwoord,
                  reden_afwijzing) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(messageId, scope.standard().id(), scope.gemeente(), scope.aanbieder(), referentie,
                        verzoekAntwoord, reden)
                .update();
    }

    /** A declaration (323) with its prestaties, each approved or not by its 325. */
    public record Declaration(String declaratieNummer, LocalDate periodeBegin, LocalDate periodeEind,
            long totaalBedrag, String debetCredit, List<Prestatie> prestaties) {
    }

    /** A prestatie of a declaration. */
    public record Prestatie(String client, String referentieNummer, String vorigReferentieNummer,
            long toewijzingNummer, String categorie, String productCode, LocalDate periodeBegin,
            LocalDate periodeEind, long volume, String eenheid, Long tarief, long bedrag, String debetCredit,
            boolean approved) {
    }

    public void recordDeclaration(long messageId, Scope scope, Declaration declaration) {
        var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into declaration (message_id, standard, gemeente, aanbieder, declaratie_nummer, periode_begin,
                  periode_eind, totaal_bedrag, debet_credit) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(messageId, scope.standard().id(), scope.gemeente(), scope.aanbieder(),
                        declaration.declaratieNummer(), declaration.periodeBegin(), declaration.periodeEind(),
                        declaration.totaalBedrag(), declaration.debetCredit())
                .update(keyHolder, "id");
        long id = keyHolder.getKey().longValue();
        for (Prestatie p : declaration.prestaties()) {
            jdbc.sql("""
                    insert into prestatie (declaration_id, client, referentie_nummer, vorig_referentie_nummer,
                      toewijzing_nummer, categorie, product_code, periode_begin, periode_eind, volume, eenheid, tarief,
                      bedrag, debet_credit, approved) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, p.client(), p.referentieNummer(), p.vorigReferentieNummer(), p.toewijzingNummer(),
                            p.categorie(), p.productCode(), p.periodeBegin(), p.periodeEind(), p.volume(),
                            p.eenheid(), p.tarief(), p.bedrag(), p.debetCredit(), p.approved())
                    .update();
        }
    }

    /** Our sent message that a received retour (or 325) answers, by type, sender and Identificatie. */
    public Optional<Long> sentMessage(MessageKind heenbericht, String sender, String identificatie) {
        return jdbc.sql("""
                select id from message_record
                where direction = 'OUT' and standard = ? and message_type = ? and sender = ? and identificatie = ?
                order by id desc""")
                .params(heenbericht.standard().id(), heenbericht.type().number(), sender, identificatie)
                .query(Long.class).list().stream().findFirst();
    }

    /** A partner's retour rejected our message: it counts as never sent (IV008, OP286). */
    public void markRejectedByPartner(long messageId) {
        jdbc.sql("update message_record set effective = false, outcome = 'REJECTED' where id = ?")
                .param(messageId).update();
    }

    /** A partner's 325 rejected these prestaties of our declaration (by ReferentieNummer). */
    public void markPrestatiesRejected(long messageId, List<String> referentieNummers) {
        for (String referentie : referentieNummers) {
            jdbc.sql("""
                    update prestatie set approved = false where referentie_nummer = ?
                      and declaration_id in (select id from declaration where message_id = ?)""")
                    .params(referentie, messageId).update();
        }
    }

    static Delivery delivery(ResultSet rs, int row) throws SQLException {
        long nummer = rs.getLong("toewijzing_nummer");
        Long toewijzingNummer = rs.wasNull() ? null : nummer;
        java.sql.Date eind = rs.getDate("einddatum");
        return new Delivery(Delivery.Kind.valueOf(rs.getString("kind")),
                toewijzingNummer, rs.getString("categorie"), rs.getString("product_code"),
                rs.getDate("begindatum").toLocalDate(), rs.getString("reden"),
                eind == null ? null : eind.toLocalDate(), rs.getString("status"));
    }

    static Allocation allocation(ResultSet rs, int row) throws SQLException {
        java.sql.Date eind = rs.getDate("einddatum");
        long volume = rs.getLong("volume");
        Long vol = rs.wasNull() ? null : volume;
        long budget = rs.getLong("budget");
        Long bud = rs.wasNull() ? null : budget;
        return new Allocation(rs.getString("client"), rs.getLong("toewijzing_nummer"),
                rs.getString("referentie_aanbieder"), rs.getString("categorie"), rs.getString("product_code"),
                rs.getDate("toewijzingsdatum").toLocalDate(), rs.getString("toewijzingstijd"),
                rs.getDate("ingangsdatum").toLocalDate(), eind == null ? null : eind.toLocalDate(),
                rs.getString("reden_wijziging"), vol, rs.getString("eenheid"), rs.getString("frequentie"), bud);
    }
}
