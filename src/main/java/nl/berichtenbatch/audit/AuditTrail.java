package nl.berichtenbatch.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.berichtenbatch.audit.VerifyResult.Kind;
import nl.berichtenbatch.audit.VerifyResult.Problem;
import nl.berichtenbatch.state.BeforeCommit;
import nl.berichtenbatch.state.MultiRowInsert;

/**
 * The audit trail: append-only, and tamper-evident because every event carries the hash of the one before.
 *
 * <p>{@link #append} joins the caller's transaction when one is managed by Spring on the same
 * {@link DataSource} (e.g. a Spring Batch chunk), so a rolled-back chunk leaves no event and uses no seq; without
 * one it commits on its own. It locks the single {@code audit_head} row ({@code SELECT … FOR UPDATE}) until that
 * transaction ends, so processes sharing a database append one chain; append as late in a transaction as
 * possible, to hold the lock briefly and always after the other rows the transaction locks.
 *
 * <p>A BSN is never stored: the client column only ever gets {@link Pseudonymizer#pseudonym}, and in every
 * text column the client's BSN and every run of exactly nine digits is replaced by asterisks.
 *
 * <p>The hash of an event is the lower-case hex SHA-256 of the UTF-8 text
 * {@code prev_hash|seq|event_time|event|actor|on_behalf_of|client_pseudonym|message_ref|run_id|detail}, in which
 * every value is written as {@code <length in UTF-8 bytes>:<value>} and an absent value as {@code -};
 * {@code event_time} is the number of microseconds since 1970-01-01T00:00Z and the first event's
 * {@code prev_hash} is 64 zeros. A plain hash chain shows changes made by anyone who does not also recompute the
 * hashes after the change and the head; keep copies of {@link #head()} elsewhere to show that too.
 */
public final class AuditTrail {

    /** The previous hash of the first event. */
    public static final String GENESIS_HASH = "0".repeat(64);

    static final int MAX_TEXT_LENGTH = 1000;

    private static final String COLUMNS = "seq, event_time, event, actor, on_behalf_of, client_pseudonym, "
            + "message_ref, run_id, detail, prev_hash, hash";
    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final Pseudonymizer pseudonymizer;
    private final Clock clock;

    public AuditTrail(DataSource dataSource, Pseudonymizer pseudonymizer, Clock clock) {
        JdbcTemplate template = new JdbcTemplate(Objects.requireNonNull(dataSource, "dataSource"));
        template.setFetchSize(FETCH_SIZE);  // PostgreSQL streams a long chain only with a fetch size in a transaction
        this.jdbc = JdbcClient.create(template);
        JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        // one snapshot for the head and all rows, so appends that commit during a check are not taken for tampering
        this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.pseudonymizer = Objects.requireNonNull(pseudonymizer, "pseudonymizer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the event at the end of the chain and returns the row as it is stored. Within one transaction the head
     * is locked and read at the first append, and the rows and the head are written together just before the commit
     * (a few hundred rows per statement; {@value #ROWS_IN_HAND} rows at a time when there are more): a chunk of files
     * costs a few statements, not one or more per event.
     */
    public AuditRecord append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        return writing.execute(status -> {
            ChainEnd end = chainEnds.state();
            AuditRecord row = seal(end.head, event);
            end.head = new AuditHead(row.seq(), row.hash());
            if (chainEnds.written()) {
                insert(List.of(row));  // appended while the transaction commits: no second flush would come
                writeHead(end.head);
            } else {
                end.rows.add(row);
                if (end.rows.size() >= ROWS_IN_HAND) {
                    insert(end.rows);
                    end.rows.clear();
                }
            }
            return row;
        });
    }

    /** Rows of one insert statement. */
    private static final int ROWS_PER_INSERT = 100;

    /**
     * Rows sealed in a transaction that are written at once, before the commit: a chunk of files that each concern
     * thousands of clients (a large 323) held hundreds of thousands of rows until its commit (220,000 for ten
     * declarations of 22,000 clients, some 100 MB), more than -Xmx512m allows. The head is still written once, just
     * before the commit.
     */
    static final int ROWS_IN_HAND = 2_000;

    private void insert(List<AuditRecord> rows) {
        INSERT.insert(jdbc, rows);
    }

    private static final MultiRowInsert<AuditRecord> INSERT = new MultiRowInsert<>("audit_event (" + COLUMNS + ")",
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ROWS_PER_INSERT, (row, params) -> {
                params.add(row.seq());
                params.add(OffsetDateTime.ofInstant(row.time(), ZoneOffset.UTC));
                params.add(row.type());
                params.add(row.actor());
                params.add(new SqlParameterValue(Types.VARCHAR, row.onBehalfOf()));
                params.add(new SqlParameterValue(Types.VARCHAR, row.clientPseudonym()));
                params.add(new SqlParameterValue(Types.VARCHAR, row.messageRef()));
                params.add(new SqlParameterValue(Types.BIGINT, row.runId()));
                params.add(new SqlParameterValue(Types.VARCHAR, row.detail()));
                params.add(row.prevHash());
                params.add(row.hash());
            });

    private void writeHead(AuditHead head) {
        jdbc.sql("UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", head.lastSeq())
                .param("hash", head.lastHash())
                .update();
    }

    /** The end of the chain as this transaction sees it; locked ({@code FOR UPDATE}) until the transaction ends. */
    private static final class ChainEnd {
        AuditHead head;
        /** Sealed in this transaction, written just before its commit. */
        final List<AuditRecord> rows = new ArrayList<>();

        ChainEnd(AuditHead head) {
            this.head = head;
        }
    }

    /** The transaction's chain end: locked and read at the first append, written back once before the commit. */
    private final BeforeCommit<ChainEnd> chainEnds = new BeforeCommit<>(this::lockChainEnd, end -> {
        insert(end.rows);
        end.rows.clear();
        writeHead(end.head);
    });

    private ChainEnd lockChainEnd() {
        return new ChainEnd(jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .query(AuditTrail::mapHead).optional()
                .orElseThrow(() -> new IllegalStateException("audit_head has no row: the audit trail "
                        + "cannot be appended to (was the table emptied?)")));
    }

    /** The end of the chain now. */
    public AuditHead head() {
        Optional<ChainEnd> bound = chainEnds.current();
        if (bound.isPresent()) {
            return bound.get().head;  // appended to in this transaction and not yet written back
        }
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1").query(AuditTrail::mapHead)
                .optional().orElseThrow(() -> new IllegalStateException("audit_head has no row"));
    }

    /** Walks the whole chain in seq order and reports the first problem, if any. */
    public VerifyResult verify() {
        return reading.execute(status -> {
            AuditHead head = jdbc.sql("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                    .query(AuditTrail::mapHead).optional().orElse(null);
            if (head == null) {
                return new VerifyResult(0, null, new Problem(Kind.NO_HEAD, 0,
                        "audit_head has no row, so deleted events at the end cannot be detected"));
            }
            try (Stream<AuditRecord> rows = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event ORDER BY seq")
                    .query(AuditTrail::mapRecord).stream()) {
                return walk(head, rows.iterator());
            }
        });
    }

    private static VerifyResult walk(AuditHead head, Iterator<AuditRecord> rows) {
        long expected = 1;
        String previousHash = GENESIS_HASH;
        while (rows.hasNext()) {
            AuditRecord row = rows.next();
            long checked = expected - 1;
            long seq = row.seq();
            if (seq > head.lastSeq()) {
                return problem(checked, head, Kind.NOT_IN_HEAD, seq, "event " + seq + " lies beyond audit_head"
                        + " (last seq " + head.lastSeq() + "): it was added outside the audit trail");
            }
            if (seq > expected) {
                return problem(checked, head, Kind.MISSING, expected, (seq - expected == 1
                        ? "event " + expected + " is missing" : "events " + expected + " to " + (seq - 1)
                        + " are missing") + ": deleted before event " + seq);
            }
            if (seq < expected) {
                return problem(checked, head, Kind.OUT_OF_SEQUENCE, seq, "event " + seq
                        + " is out of sequence (expected " + expected + "): it was inserted");
            }
            if (!hash(row).equals(row.hash())) {
                return problem(checked, head, Kind.CHANGED, seq, "event " + seq
                        + " was changed: its hash does not match its content");
            }
            if (!previousHash.equals(row.prevHash())) {
                return problem(checked, head, Kind.BROKEN_LINK, seq, "event " + seq
                        + " does not follow from event " + (seq - 1) + ": a row was inserted or replaced");
            }
            previousHash = row.hash();
            expected++;
        }
        long last = expected - 1;
        if (head.lastSeq() > last) {
            return problem(last, head, Kind.MISSING_AT_END, expected, "audit_head says the last event is "
                    + head.lastSeq() + " but the trail ends at " + last + ": the newest events were deleted");
        }
        if (!head.lastHash().equals(previousHash)) {
            return problem(last, head, Kind.HEAD_MISMATCH, last, "audit_head does not match event " + last
                    + ": the last event was replaced");
        }
        return new VerifyResult(last, head, null);
    }

    private static VerifyResult problem(long checked, AuditHead head, Kind kind, long seq, String message) {
        return new VerifyResult(checked, head, new Problem(kind, seq, message));
    }

    /** Every event of the client with this BSN, in seq order. */
    public List<AuditRecord> search(String bsn) {
        String pseudonym = pseudonymizer.pseudonym(bsn);
        if (pseudonym == null) {
            throw new IllegalArgumentException("a BSN is needed to search the audit trail");
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE client_pseudonym = :client ORDER BY seq")
                .param("client", pseudonym)
                .query(AuditTrail::mapRecord).list();
    }

    /**
     * Every event with {@code from <= time < to}, in seq order, to a consumer, so that a long period is not held in
     * memory (the rows are read in one read-only transaction while the consumer runs).
     *
     * <p>The bounds are compared with the stored times, which are cut to the microsecond.
     *
     * @param from the first instant included, or null for the beginning
     * @param to   the first instant excluded, or null for no end
     */
    public void export(Instant from, Instant to, Consumer<? super AuditRecord> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE 1 = 1");
        if (from != null) {
            sql.append(" AND event_time >= :from");
        }
        if (to != null) {
            sql.append(" AND event_time < :to");
        }
        sql.append(" ORDER BY seq");
        reading.executeWithoutResult(status -> {
            JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
            if (from != null) {
                statement = statement.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            }
            if (to != null) {
                statement = statement.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            }
            try (Stream<AuditRecord> rows = statement.query(AuditTrail::mapRecord).stream()) {
                rows.forEach(consumer);
            }
        });
    }

    /** {@link #export(Instant, Instant, Consumer)} into a list, for short periods. */
    public List<AuditRecord> export(Instant from, Instant to) {
        List<AuditRecord> rows = new ArrayList<>();
        export(from, to, rows::add);
        return rows;
    }

    private AuditRecord seal(AuditHead head, AuditEvent event) {
        String bsn = event.clientBsn();
        long seq = head.lastSeq() + 1;
        AuditRecord unsealed = new AuditRecord(seq, clock.instant().truncatedTo(ChronoUnit.MICROS),
                event.type().name(), BsnMask.mask(event.actor(), bsn), BsnMask.mask(event.onBehalfOf(), bsn),
                pseudonymizer.pseudonym(bsn), shorten(BsnMask.mask(event.messageRef(), bsn)), event.runId(),
                shorten(BsnMask.mask(event.detail(), bsn)), head.lastHash(), null);
        return withHash(unsealed);
    }

    static AuditRecord withHash(AuditRecord row) {
        return new AuditRecord(row.seq(), row.time(), row.type(), row.actor(), row.onBehalfOf(),
                row.clientPseudonym(), row.messageRef(), row.runId(), row.detail(), row.prevHash(), hash(row));
    }

    /** The hash that the row should carry, from its previous hash, seq and fields (the stored hash is ignored). */
    static String hash(AuditRecord row) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, row.time());
        StringBuilder text = new StringBuilder();
        for (Object value : new Object[] {row.prevHash(), row.seq(), micros, row.type(), row.actor(),
                row.onBehalfOf(), row.clientPseudonym(), row.messageRef(), row.runId(), row.detail()}) {
            if (text.length() > 0) {
                text.append('|');
            }
            if (value == null) {
                text.append('-');
            } else {
                String string = value.toString();
                text.append(string.getBytes(StandardCharsets.UTF_8).length).append(':').append(string);
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    private static String shorten(String text) {
        if (text == null || text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        int end = MAX_TEXT_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;  // never split a character in two
        }
        return text.substring(0, end) + "…";
    }

    private static AuditHead mapHead(ResultSet rs, int row) throws SQLException {
        return new AuditHead(rs.getLong("last_seq"), rs.getString("last_hash"));
    }

    private static AuditRecord mapRecord(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("event_time", OffsetDateTime.class).toInstant(),
                rs.getString("event"), rs.getString("actor"), rs.getString("on_behalf_of"),
                rs.getString("client_pseudonym"), rs.getString("message_ref"), rs.getObject("run_id", Long.class),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
