package nl.berichtenbatch.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;

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

    /**
     * The history for the assessment of one message: each look-up asked once, however many rules and prestaties ask
     * it again. Use it only while the state does not change (levels 2-4 of one message).
     */
    public History forOneAssessment() {
        return new RememberingHistory(this);
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

    @Override
    public List<Allocation> currentAllocations(Scope scope, String client) {
        List<Allocation> versions = jdbc.sql("""
                select a.* from allocation a join message_record m on m.id = a.message_id
                where a.standard = ? and a.gemeente = ? and a.aanbieder = ? and a.client = ? and m.effective = true
                order by a.toewijzing_nummer, a.id""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), client)
                .query(StateStore::allocation).list();
        Map<Long, Allocation> current = new LinkedHashMap<>();
        for (Allocation version : versions) {
            current.merge(version.toewijzingNummer(), version,
                    (a, b) -> b.versionKey().compareTo(a.versionKey()) >= 0 ? b : a);
        }
        // a number re-used for another client (TR332) still belongs to the client of its current version
        return current.values().stream().filter(a -> a.client().equals(client)).toList();
    }

    @Override
    public boolean allocationNumberUsedForAnotherClient(Scope scope, long toewijzingNummer, String client) {
        return jdbc.sql("""
                select count(*) from allocation a join message_record m on m.id = a.message_id
                where a.standard = ? and a.gemeente = ? and a.toewijzing_nummer = ? and a.client <> ?
                  and m.effective = true""")
                .params(scope.standard().id(), scope.gemeente(), toewijzingNummer, client)
                .query(Long.class).single() > 0;
    }

    @Override
    public boolean requestHonoured(Scope scope, String referentieAanbieder) {
        return jdbc.sql("""
                select count(*) from allocation a join message_record m on m.id = a.message_id
                where a.standard = ? and a.gemeente = ? and a.aanbieder = ? and a.referentie_aanbieder = ?
                  and m.effective = true""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), referentieAanbieder)
                .query(Long.class).single() > 0;
    }

    @Override
    public List<Request> requests(Scope scope, String referentieAanbieder) {
        return jdbc.sql("""
                select r.* from request r join message_record m on m.id = r.message_id
                where r.standard = ? and r.gemeente = ? and r.aanbieder = ? and r.referentie_aanbieder = ?
                  and m.effective = true
                order by r.id""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), referentieAanbieder)
                .query(StateStore::request).list();
    }

    @Override
    public List<Request> pendingRequests(Scope scope, String client) {
        return jdbc.sql("""
                select r.* from request r join message_record m on m.id = r.message_id
                where r.standard = ? and r.gemeente = ? and r.aanbieder = ? and r.client = ? and m.effective = true
                  and not exists (select 1 from allocation a join message_record am on am.id = a.message_id
                      where a.standard = r.standard and a.gemeente = r.gemeente and a.aanbieder = r.aanbieder
                        and a.referentie_aanbieder = r.referentie_aanbieder and am.effective = true)
                  and not exists (select 1 from answer x join message_record xm on xm.id = x.message_id
                      where x.standard = r.standard and x.gemeente = r.gemeente and x.aanbieder = r.aanbieder
                        and x.referentie_aanbieder = r.referentie_aanbieder and x.verzoek_antwoord = '1'
                        and xm.effective = true)
                order by r.id""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), client)
                .query(StateStore::request).list();
    }

    @Override
    public List<Answer> answers(Scope scope, String referentieAanbieder) {
        return jdbc.sql("""
                select x.* from answer x join message_record m on m.id = x.message_id
                where x.standard = ? and x.gemeente = ? and x.aanbieder = ? and x.referentie_aanbieder = ?
                  and m.effective = true
                order by x.id""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), referentieAanbieder)
                .query((rs, n) -> new Answer(rs.getString("referentie_aanbieder"), rs.getString("verzoek_antwoord"),
                        rs.getString("reden_afwijzing")))
                .list();
    }

    @Override
    public boolean declarationNumberUsed(Scope scope, String declaratieNummer) {
        return jdbc.sql("""
                select count(*) from declaration d join message_record m on m.id = d.message_id
                where d.standard = ? and d.gemeente = ? and d.aanbieder = ? and d.declaratie_nummer = ?
                  and m.effective = true""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), declaratieNummer)
                .query(Long.class).single() > 0;
    }

    /**
     * Ordered by every column of the index declaration_period (standard, gemeente, aanbieder, periode_begin): the
     * database then reads the index backwards and stops at the first effective declaration; ordered by periode_begin
     * alone, H2 read and sorted every declaration of the pair for each 323 (a pair with 165 declarations: 379 rows
     * read against 12).
     */
    @Override
    public Optional<LocalDate> latestDeclarationPeriod(Scope scope) {
        return jdbc.sql("""
                select d.periode_begin from declaration d join message_record m on m.id = d.message_id
                where d.standard = ? and d.gemeente = ? and d.aanbieder = ? and m.effective = true
                order by d.standard desc, d.gemeente desc, d.aanbieder desc, d.periode_begin desc
                fetch first 1 rows only""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder())
                .query((rs, n) -> rs.getDate(1).toLocalDate()).optional();
    }

    @Override
    public boolean referentieNummerUsed(Scope scope, String referentieNummer) {
        return jdbc.sql("""
                select count(*) from prestatie p join declaration d on d.id = p.declaration_id
                  join message_record m on m.id = d.message_id
                where p.referentie_nummer = ? and d.standard = ? and d.gemeente = ? and d.aanbieder = ?
                  and m.effective = true""")
                .params(referentieNummer, scope.standard().id(), scope.gemeente(), scope.aanbieder())
                .query(Long.class).single() > 0;
    }

    @Override
    public Optional<Prestatie> approvedDebit(Scope scope, String referentieNummer) {
        return jdbc.sql("""
                select p.* from prestatie p join declaration d on d.id = p.declaration_id
                  join message_record m on m.id = d.message_id
                where p.referentie_nummer = ? and p.debet_credit = 'D' and p.approved = true
                  and d.standard = ? and d.gemeente = ? and d.aanbieder = ? and m.effective = true
                order by p.id""")
                .params(referentieNummer, scope.standard().id(), scope.gemeente(), scope.aanbieder())
                .query(StateStore::prestatie).list().stream().findFirst();
    }

    /**
     * A prestatie credited by an approved credit of an effective declaration of the same pair. Written as a look-up
     * by VorigReferentieNummer (index prestatie_previous) whose declaration is then checked by its key: with a join
     * the database started from the pair's declarations instead (the column is mostly empty, so it judged the index
     * poor) and read every prestatie the pair ever declared, once per debit; the cost grew with the history.
     */
    private static final String CREDITED = """
            exists (select 1 from prestatie c
                where c.vorig_referentie_nummer = %s and c.debet_credit = 'C' and c.approved = true
                  and exists (select 1 from declaration cd join message_record cm on cm.id = cd.message_id
                      where cd.id = c.declaration_id and cd.standard = %s and cd.gemeente = %s
                        and cd.aanbieder = %s and cm.effective = true))""";

    private static final String APPROVED_UNCREDITED_DEBITS = """
            select p.* from prestatie p join declaration d on d.id = p.declaration_id
              join message_record m on m.id = d.message_id
            where p.toewijzing_nummer = ? and p.debet_credit = 'D' and p.approved = true
              and d.standard = ? and d.gemeente = ? and d.aanbieder = ? and m.effective = true
              and not\s""" + CREDITED.formatted("p.referentie_nummer", "d.standard", "d.gemeente", "d.aanbieder")
            + " order by p.id";

    private static final String APPROVED_CREDIT_EXISTS = "select case when " + CREDITED.formatted("?", "?", "?", "?")
            + " then 1 else 0 end";

    @Override
    public List<Prestatie> approvedUncreditedDebits(Scope scope, long toewijzingNummer) {
        return jdbc.sql(APPROVED_UNCREDITED_DEBITS)
                .params(toewijzingNummer, scope.standard().id(), scope.gemeente(), scope.aanbieder())
                .query(StateStore::prestatie).list();
    }

    @Override
    public boolean approvedCreditExists(Scope scope, String vorigReferentieNummer) {
        return jdbc.sql(APPROVED_CREDIT_EXISTS)
                .params(vorigReferentieNummer, scope.standard().id(), scope.gemeente(), scope.aanbieder())
                .query(Integer.class).single() == 1;
    }

    @Override
    public Optional<AnsweredDeclaration> declaration(Scope scope, String identificatie, LocalDate dagtekening) {
        List<Map<String, Object>> messages = jdbc.sql("""
                select id, xsd_basis, xsd_bericht from message_record
                where standard = ? and sender = ? and message_type = '323' and identificatie = ? and dagtekening = ?
                  and gemeente = ?
                order by id desc""")
                .params(scope.standard().id(), scope.aanbieder(), identificatie, dagtekening, scope.gemeente())
                .query().listOfRows();
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> message = lowerCaseKeys(messages.get(0));
        long messageId = ((Number) message.get("id")).longValue();
        List<Map<String, Object>> declarations = jdbc.sql("select id, declaratie_nummer from declaration where message_id = ?")
                .param(messageId).query().listOfRows();
        String nummer = null;
        List<Prestatie> prestaties = new ArrayList<>();
        if (!declarations.isEmpty()) {
            Map<String, Object> declaration = lowerCaseKeys(declarations.get(0));
            nummer = (String) declaration.get("declaratie_nummer");
            prestaties = jdbc.sql("select * from prestatie where declaration_id = ? order by id")
                    .param(((Number) declaration.get("id")).longValue()).query(StateStore::prestatie).list();
        }
        return Optional.of(new AnsweredDeclaration(identificatie, dagtekening, (String) message.get("xsd_basis"),
                (String) message.get("xsd_bericht"), nummer, prestaties));
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> lower = new LinkedHashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }

    /** Records a message that passed level 1 and returns its id. */
    public long recordMessage(MessageRecord message) {
        var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into message_record (run_id, run_file_id, direction, standard, std_release, message_type,
                  sender, receiver, gemeente, aanbieder, identificatie, dagtekening, sha256, file_name, outcome,
                  effective, recorded_at, xsd_basis, xsd_bericht)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(message.runId(), message.runFileId(), message.direction(), message.kind().standard().id(),
                        message.kind().release(), message.kind().type().number(), message.sender(),
                        message.receiver(), message.scope().gemeente(), message.scope().aanbieder(),
                        message.identificatie(), message.dagtekening(), message.sha256(), message.fileName(),
                        message.outcome(), message.effective(), LocalDateTime.now(clock), message.xsdBasis(),
                        message.xsdBericht())
                .update(keyHolder, "id");
        return keyHolder.getKey().longValue();
    }

    /**
     * Applies an accepted (or sent) 301, 305, 307, 315, 317 or 319 to the state (processes.md §11); a 323 is recorded
     * with {@link #recordDeclaration}, and retours and the 325 change only the status of what they answer.
     */
    public void apply(long messageId, MessageType type, Scope scope, XmlElement root, ClientIds clients) {
        String client = root.value("Client/Bsn").map(clients::of).orElse(null);
        switch (type) {
            case TOEWIJZING -> recordAllocations(messageId, scope,
                    root.all("Client/ToegewezenProducten/ToegewezenProduct").stream()
                            .map(p -> Extract.allocation(p, client)).toList());
            case START -> recordDeliveries(messageId, scope, client,
                    cancellationsFirst(root.all("Client/StartProducten/StartProduct"), Delivery.Kind.START));
            case STOP -> recordDeliveries(messageId, scope, client,
                    cancellationsFirst(root.all("Client/StopProducten/StopProduct"), Delivery.Kind.STOP));
            case VERZOEK_OM_TOEWIJZING -> root.all("Client/AangevraagdeProducten/AangevraagdProduct").forEach(p ->
                    recordRequest(messageId, scope, client, MessageType.VERZOEK_OM_TOEWIJZING,
                            p.valueOrNull("ReferentieAanbieder")));
            case VERZOEK_OM_WIJZIGING -> recordRequest(messageId, scope, client, MessageType.VERZOEK_OM_WIJZIGING,
                    root.valueOrNull("Client/Verzoek/ReferentieAanbieder"));
            case ANTWOORD -> recordAnswer(messageId, scope, root.valueOrNull("Antwoord/ReferentieAanbieder"),
                    root.valueOrNull("Antwoord/VerzoekAntwoord"), root.valueOrNull("Antwoord/RedenAfwijzingVerzoek"));
            default -> {
                // 323 and 325 are recorded by their own flows; retours change only the status of what they answer
            }
        }
    }

    /** Inside a 305/307 the deletions come first, then the new deliveries in document order (validation.md §0.29). */
    private static List<Delivery> cancellationsFirst(List<XmlElement> products, Delivery.Kind kind) {
        return products.stream().map(p -> Extract.delivery(p, kind))
                .sorted(java.util.Comparator.comparing((Delivery d) -> d.isCancellation() ? 0 : 1))
                .toList();
    }

    /**
     * Records the deliveries of an accepted 305/307: status 3 cancels the live delivery with the same key (and is
     * itself not live).
     */
    public void recordDeliveries(long messageId, Scope scope, String client, List<Delivery> deliveries) {
        int position = 0;
        for (Delivery delivery : deliveries) {
            if (delivery.isCancellation()) {
                cancelLive(scope, client, delivery);
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

    /** Makes the first live delivery with the key of a cancellation (status 3) no longer live, if there is one. */
    private void cancelLive(Scope scope, String client, Delivery cancellation) {
        jdbc.sql("""
                select d.* from delivery d join message_record m on m.id = d.message_id
                where d.standard = ? and d.gemeente = ? and d.aanbieder = ? and d.client = ? and d.kind = ?
                  and d.live = true and m.effective = true order by d.id""")
                .params(scope.standard().id(), scope.gemeente(), scope.aanbieder(), client, cancellation.kind().name())
                .query((rs, n) -> delivery(rs, n).sameKey(cancellation) ? rs.getLong("id") : -1L)
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

    /** Records a processed (or sent) declaration with all its prestaties, each approved or not. */
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
        PRESTATIES.insert(jdbc, declaration.prestaties().stream().map(p -> Map.entry(id, p)).toList());
    }

    /** The prestaties of a declaration (its id and the prestatie), many per statement. */
    private static final MultiRowInsert<Map.Entry<Long, Prestatie>> PRESTATIES = new MultiRowInsert<>("""
            prestatie (declaration_id, client, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer,
              categorie, product_code, periode_begin, periode_eind, volume, eenheid, tarief, bedrag, debet_credit,
              approved)""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 100, (row, values) -> {
                Prestatie p = row.getValue();
                // the columns that may be null say their type: the driver cannot guess it from a null
                values.addAll(java.util.Arrays.asList(row.getKey(), p.client(), p.referentieNummer(),
                        new SqlParameterValue(Types.VARCHAR, p.vorigReferentieNummer()), p.toewijzingNummer(),
                        p.categorie(), p.productCode(), p.periodeBegin(), p.periodeEind(), p.volume(), p.eenheid(),
                        new SqlParameterValue(Types.BIGINT, p.tarief()), p.bedrag(), p.debetCredit(), p.approved()));
            });

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

    static Request request(ResultSet rs, int row) throws SQLException {
        return new Request(rs.getString("client"), MessageType.fromNumber(rs.getString("kind")).orElseThrow(),
                rs.getString("referentie_aanbieder"));
    }

    static Prestatie prestatie(ResultSet rs, int row) throws SQLException {
        long tarief = rs.getLong("tarief");
        Long productTarief = rs.wasNull() ? null : tarief;
        return new Prestatie(rs.getString("client"), rs.getString("referentie_nummer"),
                rs.getString("vorig_referentie_nummer"), rs.getLong("toewijzing_nummer"), rs.getString("categorie"),
                rs.getString("product_code"), rs.getDate("periode_begin").toLocalDate(),
                rs.getDate("periode_eind").toLocalDate(), rs.getLong("volume"), rs.getString("eenheid"), productTarief,
                rs.getLong("bedrag"), rs.getString("debet_credit"), rs.getBoolean("approved"));
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
