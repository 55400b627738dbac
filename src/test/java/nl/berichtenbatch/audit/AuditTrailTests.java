package nl.berichtenbatch.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.berichtenbatch.audit.VerifyResult.Kind;

class AuditTrailTests {

    private static final String KEY = "test-pseudonym-key-0123456789";
    private static final String BSN = "123456782";
    private static final String OTHER_BSN = "111222333";
    private static final Instant START = Instant.parse("2026-03-01T02:00:00.123456789Z");

    private final Pseudonymizer pseudonymizer = new Pseudonymizer(KEY);
    private final StepClock clock = new StepClock(START, Duration.ofMinutes(1));

    private JdbcDataSource dataSource;
    private JdbcClient sql;
    private AuditTrail trail;

    @BeforeEach
    void migrateAFreshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        sql = JdbcClient.create(dataSource);
        trail = new AuditTrail(dataSource, pseudonymizer, clock);
    }

    @AfterEach
    void dropTheDatabase() {
        sql.sql("SHUTDOWN").update();
    }

    @Test
    void appendsAChainThatVerifies() {
        // given
        appendFive();
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        List<AuditRecord> rows = trail.export(null, null);
        assertThat(rows).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(rows.get(0).prevHash()).isEqualTo(AuditTrail.GENESIS_HASH);
        assertThat(rows.get(1).prevHash()).isEqualTo(rows.get(0).hash());
        assertThat(result.head()).isEqualTo(new AuditHead(5, rows.get(4).hash())).isEqualTo(trail.head());
        assertThat(result.summary()).isEqualTo("audit trail intact: 5 events, last hash " + rows.get(4).hash());
    }

    @Test
    void storesEveryFieldAndTheTimeToTheMicrosecond() {
        // given
        AuditEvent event = AuditEvent.bySystem(AuditEventType.MESSAGE_ACCEPTED, "0363").withClientBsn(BSN)
                .withMessageRef("jw305-start.xml JW305-0001").withRunId(17L).withDetail("accepted");
        // when
        AuditRecord returned = trail.append(event);
        // then
        AuditRecord stored = trail.export(null, null).get(0);
        assertThat(stored).isEqualTo(returned);
        assertThat(stored).isEqualTo(AuditTrail.withHash(new AuditRecord(1,
                Instant.parse("2026-03-01T02:00:00.123456Z"), "MESSAGE_ACCEPTED", "system", "0363",
                pseudonymizer.pseudonym(BSN), "jw305-start.xml JW305-0001", 17L, "accepted",
                AuditTrail.GENESIS_HASH, null)));
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void reportsAChangedRow() {
        // given
        appendFive();
        sql.sql("UPDATE audit_event SET detail = 'nothing to see' WHERE seq = 3").update();
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem().kind()).isEqualTo(Kind.CHANGED);
        assertThat(result.problem().seq()).isEqualTo(3);
        assertThat(result.problem().message()).isEqualTo("event 3 was changed: its hash does not match its content");
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.summary()).isEqualTo("audit trail NOT intact: event 3 was changed: its hash does not "
                + "match its content (2 events intact before it)");
    }

    @Test
    void reportsAChangedTime() {
        // given
        appendFive();
        sql.sql("UPDATE audit_event SET event_time = event_time + INTERVAL '1' SECOND WHERE seq = 4").update();
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem()).extracting(VerifyResult.Problem::kind, VerifyResult.Problem::seq)
                .containsExactly(Kind.CHANGED, 4L);
    }

    @Test
    void reportsAForgedRowThatReplacesAnotherEvenWithARecomputedHash() {
        // given
        appendFive();
        AuditRecord original = row(3);
        AuditRecord forged = AuditTrail.withHash(new AuditRecord(3, original.time(), "MESSAGE_ACCEPTED",
                "system", "0363", null, "forged.xml", null, null, row(2).hash(), null));
        sql.sql("DELETE FROM audit_event WHERE seq = 3").update();
        insert(forged);
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem().kind()).isEqualTo(Kind.BROKEN_LINK);
        assertThat(result.problem().seq()).isEqualTo(4);
        assertThat(result.problem().message()).contains("event 4 does not follow from event 3");
        assertThat(result.checked()).isEqualTo(3);
    }

    @Test
    void reportsAForgedRowAddedAfterTheLastEvent() {
        // given
        appendFive();
        insert(AuditTrail.withHash(new AuditRecord(6, START.plusSeconds(3600), "MESSAGE_SENT", "system", "0363",
                null, "forged.xml", null, null, row(5).hash(), null)));
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem()).extracting(VerifyResult.Problem::kind, VerifyResult.Problem::seq)
                .containsExactly(Kind.NOT_IN_HEAD, 6L);
        assertThat(result.checked()).isEqualTo(5);
    }

    @Test
    void reportsAForgedRowWhosePreviousHashIsMadeUp() {
        // given
        appendFive();
        sql.sql("DELETE FROM audit_event WHERE seq = 2").update();
        insert(AuditTrail.withHash(new AuditRecord(2, timeOf(2), "MESSAGE_SENT", "system", "0363", null,
                "forged.xml", null, null, "f".repeat(64), null)));
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem()).extracting(VerifyResult.Problem::kind, VerifyResult.Problem::seq)
                .containsExactly(Kind.BROKEN_LINK, 2L);
    }

    @Test
    void reportsADeletedMiddleRow() {
        // given
        appendFive();
        sql.sql("DELETE FROM audit_event WHERE seq = 3").update();
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem().kind()).isEqualTo(Kind.MISSING);
        assertThat(result.problem().seq()).isEqualTo(3);
        assertThat(result.problem().message()).isEqualTo("event 3 is missing: deleted before event 4");
        assertThat(result.checked()).isEqualTo(2);
    }

    @Test
    void reportsDeletedFirstRows() {
        // given
        appendFive();
        sql.sql("DELETE FROM audit_event WHERE seq <= 2").update();
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem().kind()).isEqualTo(Kind.MISSING);
        assertThat(result.problem().message()).isEqualTo("events 1 to 2 are missing: deleted before event 3");
        assertThat(result.checked()).isZero();
    }

    @Test
    void reportsADeletedLastRowByTheHead() {
        // given
        appendFive();
        sql.sql("DELETE FROM audit_event WHERE seq = 5").update();
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem().kind()).isEqualTo(Kind.MISSING_AT_END);
        assertThat(result.problem().seq()).isEqualTo(5);
        assertThat(result.problem().message())
                .isEqualTo("audit_head says the last event is 5 but the trail ends at 4: "
                        + "the newest events were deleted");
        assertThat(result.checked()).isEqualTo(4);
    }

    @Test
    void reportsAReplacedLastRowByTheHead() {
        // given
        appendFive();
        AuditRecord last = row(5);
        sql.sql("DELETE FROM audit_event WHERE seq = 5").update();
        insert(AuditTrail.withHash(new AuditRecord(5, last.time(), last.type(), last.actor(), last.onBehalfOf(),
                null, last.messageRef(), last.runId(), "rewritten", last.prevHash(), null)));
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem()).extracting(VerifyResult.Problem::kind, VerifyResult.Problem::seq)
                .containsExactly(Kind.HEAD_MISMATCH, 5L);
        assertThat(result.checked()).isEqualTo(5);
    }

    @Test
    void reportsAMissingHeadAndRefusesToAppend() {
        // given
        appendFive();
        sql.sql("DELETE FROM audit_head").update();
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.problem().kind()).isEqualTo(Kind.NO_HEAD);
        assertThatIllegalStateException().isThrownBy(() -> trail.append(runStarted()))
                .withMessageContaining("audit_head has no row");
    }

    @Test
    void verifiesAnEmptyTrail() {
        // given / when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isZero();
        assertThat(result.head()).isEqualTo(new AuditHead(0, AuditTrail.GENESIS_HASH));
    }

    @Test
    void searchFindsExactlyThatClientsEvents() {
        // given
        trail.append(runStarted());
        trail.append(received(BSN, "a.xml"));
        trail.append(received(OTHER_BSN, "b.xml"));
        trail.append(AuditEvent.bySystem(AuditEventType.MESSAGE_ACCEPTED, "0363").withClientBsn(BSN)
                .withMessageRef("a.xml"));
        trail.append(AuditEvent.bySystem(AuditEventType.MESSAGE_REJECTED, "0363").withClientBsn(OTHER_BSN)
                .withMessageRef("b.xml"));
        // when
        List<AuditRecord> found = trail.search(" " + BSN + " ");
        // then
        assertThat(found).extracting(AuditRecord::seq).containsExactly(2L, 4L);
        assertThat(found).extracting(AuditRecord::type).containsExactly("MESSAGE_RECEIVED", "MESSAGE_ACCEPTED");
        assertThat(trail.search(OTHER_BSN)).extracting(AuditRecord::seq).containsExactly(3L, 5L);
        assertThat(trail.search("999999990")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> trail.search(" "));
    }

    @Test
    void storesNoPlainBsnAnywhere() throws SQLException {
        // given
        trail.append(AuditEvent.bySystem(AuditEventType.MESSAGE_REJECTED, "0363").withClientBsn(BSN)
                .withMessageRef("jw301_" + BSN + ".xml JW301-" + BSN)
                .withDetail("Bsn " + BSN + " does not match " + OTHER_BSN + "; ref x" + BSN + "7"));
        trail.append(AuditEvent.byOperator(AuditEventType.OPERATOR_COMMAND, "op" + OTHER_BSN, "0363")
                .withDetail("audit search --bsn " + OTHER_BSN));
        // when
        List<String> values = everyValueOf("audit_event");
        values.addAll(everyValueOf("audit_head"));
        // then
        assertThat(values).isNotEmpty().noneMatch(value -> value.contains(BSN) || value.contains(OTHER_BSN));
        AuditRecord rejected = row(1);
        assertThat(rejected.clientPseudonym()).isEqualTo(pseudonymizer.pseudonym(BSN));
        assertThat(rejected.messageRef()).isEqualTo("jw301_*********.xml JW301-*********");
        assertThat(rejected.detail()).isEqualTo("Bsn ********* does not match *********; ref x*********7");
        assertThat(row(2).actor()).isEqualTo("op*********");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void leavesNoRowWhenTheCallersTransactionRollsBack() {
        // given
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // when
        transaction.executeWithoutResult(status -> {
            trail.append(received(BSN, "a.xml"));
            trail.append(received(BSN, "b.xml"));
            assertThat(trail.head().lastSeq()).as("the head inside the transaction").isEqualTo(2);
            status.setRollbackOnly();
        });
        // then
        assertThat(sql.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isZero();
        assertThat(trail.head()).isEqualTo(new AuditHead(0, AuditTrail.GENESIS_HASH));
        assertThat(trail.append(runStarted()).seq()).as("no seq used up").isEqualTo(1);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void writesTheRowsOfATransactionWhenItCommits() {
        // given
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // when
        transaction.executeWithoutResult(status -> {
            trail.append(received(BSN, "a.xml"));
            trail.append(received(BSN, "b.xml"));
            assertThat(sql.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single())
                    .as("held until the commit").isZero();
        });
        // then
        assertThat(sql.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isEqualTo(2);
        assertThat(trail.head().lastSeq()).isEqualTo(2);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void writesTheRowsOfALargeTransactionBeforeItsCommitAFewThousandAtATime() {
        // given a transaction that appends more events than are held in hand
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        int events = AuditTrail.ROWS_IN_HAND * 2 + 5;
        // when
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < events; i++) {
                trail.append(received(BSN, "big-" + i + ".xml"));
                long written = sql.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
                assertThat(written).as("rows written after %d events", i + 1)
                        .isEqualTo((i + 1) / AuditTrail.ROWS_IN_HAND * (long) AuditTrail.ROWS_IN_HAND);
            }
            assertThat(sql.sql("SELECT last_seq FROM audit_head WHERE id = 1").query(Long.class).single())
                    .as("the head is written at the commit").isZero();
        });
        // then every row is there once, in one intact chain
        assertThat(sql.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isEqualTo(events);
        assertThat(trail.head().lastSeq()).isEqualTo(events);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void leavesNoRowOfALargeTransactionThatRollsBack() {
        // given rows already written before the commit
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // when
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < AuditTrail.ROWS_IN_HAND + 1; i++) {
                trail.append(received(BSN, "big-" + i + ".xml"));
            }
            status.setRollbackOnly();
        });
        // then
        assertThat(sql.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isZero();
        assertThat(trail.append(runStarted()).seq()).isEqualTo(1);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void keepsAnEventAppendedWhileTheTransactionCommits() {
        // given a transaction whose own commit work appends one more event, after the rows were written
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // when
        transaction.executeWithoutResult(status -> {
            trail.append(received(BSN, "a.xml"));
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            trail.append(received(BSN, "late.xml"));
                        }
                    });
        });
        // then
        assertThat(sql.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isEqualTo(2);
        assertThat(trail.head().lastSeq()).isEqualTo(2);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void commitsWithTheCallersTransaction() {
        // given
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // when
        transaction.executeWithoutResult(status -> {
            trail.append(received(BSN, "a.xml"));
            trail.append(received(OTHER_BSN, "b.xml"));
        });
        // then
        assertThat(trail.verify()).extracting(VerifyResult::intact, VerifyResult::checked)
                .containsExactly(true, 2L);
    }

    @Test
    void writesTheHeadOnceAtTheCommitOfATransactionWithManyEvents() {
        // given
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // when
        AuditRecord last = transaction.execute(status -> {
            AuditRecord row = null;
            for (int i = 0; i < 50; i++) {
                row = trail.append(received(BSN, "file-" + i + ".xml"));
            }
            assertThat(trail.head()).as("the head as this transaction sees it")
                    .isEqualTo(new AuditHead(50, row.hash()));
            assertThat(sql.sql("SELECT last_seq FROM audit_head").query(Long.class).single())
                    .as("the head row, written only at the commit").isZero();
            return row;
        });
        // then
        assertThat(sql.sql("SELECT last_seq FROM audit_head").query(Long.class).single()).isEqualTo(50);
        assertThat(trail.head()).isEqualTo(new AuditHead(50, last.hash()));
        assertThat(trail.verify()).extracting(VerifyResult::intact, VerifyResult::checked).containsExactly(true, 50L);
        assertThat(trail.append(runStarted()).seq()).isEqualTo(51);
    }

    @Test
    void twoAppendersSharingTheDatabaseAppendOneChain() throws Exception {
        // given
        AuditTrail otherProcess = new AuditTrail(dataSource, pseudonymizer, clock);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> appends = new ArrayList<>();
        // when
        for (int i = 0; i < 100; i++) {
            AuditTrail appender = i % 2 == 0 ? trail : otherProcess;
            String ref = "file-" + i + ".xml";
            appends.add(threads.submit(() -> appender.append(received(BSN, ref))));
        }
        for (Future<?> append : appends) {
            append.get();
        }
        threads.shutdown();
        // then
        VerifyResult result = trail.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.checked()).isEqualTo(100);
        assertThat(trail.search(BSN)).extracting(AuditRecord::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
    }

    @Test
    void exportsAPeriodFromIncludedToExcluded() {
        // given: one event a minute from START
        appendFive();
        // when
        List<AuditRecord> period = trail.export(timeOf(2), timeOf(4));
        // then
        assertThat(period).extracting(AuditRecord::seq).containsExactly(2L, 3L);
        assertThat(trail.export(timeOf(4), null)).extracting(AuditRecord::seq).containsExactly(4L, 5L);
        assertThat(trail.export(null, timeOf(2))).extracting(AuditRecord::seq).containsExactly(1L);
    }

    @Test
    void shortensALongDetail() {
        // given
        String longDetail = "x".repeat(5000);
        // when
        AuditRecord stored = trail.append(runStarted().withDetail(longDetail));
        // then
        assertThat(stored.detail()).hasSize(AuditTrail.MAX_TEXT_LENGTH).endsWith("…");
        assertThat(row(1).detail()).isEqualTo(stored.detail());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void hashDependsOnEveryField() {
        // given
        AuditRecord base = new AuditRecord(1, START, "MESSAGE_SENT", "system", "0363", "p", "m", 1L, "d",
                AuditTrail.GENESIS_HASH, null);
        // when
        List<AuditRecord> variants = List.of(
                new AuditRecord(2, START, "MESSAGE_SENT", "system", "0363", "p", "m", 1L, "d", base.prevHash(), null),
                new AuditRecord(1, START.plusNanos(1000), "MESSAGE_SENT", "system", "0363", "p", "m", 1L, "d",
                        base.prevHash(), null),
                new AuditRecord(1, START, "MESSAGE_HELD", "system", "0363", "p", "m", 1L, "d", base.prevHash(), null),
                new AuditRecord(1, START, "MESSAGE_SENT", "sys", "0363", "p", "m", 1L, "d", base.prevHash(), null),
                new AuditRecord(1, START, "MESSAGE_SENT", "system", "0364", "p", "m", 1L, "d", base.prevHash(), null),
                new AuditRecord(1, START, "MESSAGE_SENT", "system", "0363", null, "m", 1L, "d", base.prevHash(), null),
                new AuditRecord(1, START, "MESSAGE_SENT", "system", "0363", "p", "m|", 1L, "d", base.prevHash(), null),
                new AuditRecord(1, START, "MESSAGE_SENT", "system", "0363", "p", "m", null, "d", base.prevHash(), null),
                new AuditRecord(1, START, "MESSAGE_SENT", "system", "0363", "p", "m", 1L, "", base.prevHash(), null),
                new AuditRecord(1, START, "MESSAGE_SENT", "system", "0363", "p", "m", 1L, "d", "1".repeat(64), null),
                // moving a separator between fields must change the hash too
                new AuditRecord(1, START, "MESSAGE_SENT", "system", "0363", "p", "m|1:d", 1L, null, base.prevHash(),
                        null));
        // then
        assertThat(variants).extracting(AuditTrail::hash).doesNotContain(AuditTrail.hash(base)).doesNotHaveDuplicates();
    }

    private void appendFive() {
        trail.append(runStarted());
        trail.append(received(BSN, "jw305-start.xml"));
        trail.append(AuditEvent.bySystem(AuditEventType.MESSAGE_ACCEPTED, "0363").withClientBsn(BSN)
                .withMessageRef("jw305-start.xml JW305-0001").withRunId(1L));
        trail.append(AuditEvent.bySystem(AuditEventType.RETOUR_WRITTEN, "0363").withClientBsn(BSN)
                .withMessageRef("outbox/jw306.xml").withRunId(1L));
        trail.append(AuditEvent.bySystem(AuditEventType.RUN_FINISHED, "0363").withRunId(1L).withDetail("COMPLETED"));
    }

    /** The stored time of the n-th event (from 1): one minute apart, to the microsecond. */
    private Instant timeOf(long seq) {
        return clock.at(seq - 1).truncatedTo(ChronoUnit.MICROS);
    }

    private static AuditEvent runStarted() {
        return AuditEvent.bySystem(AuditEventType.RUN_STARTED, "0363").withRunId(1L);
    }

    private static AuditEvent received(String bsn, String file) {
        return AuditEvent.bySystem(AuditEventType.MESSAGE_RECEIVED, "0363").withClientBsn(bsn).withMessageRef(file)
                .withRunId(1L);
    }

    private AuditRecord row(long seq) {
        return trail.export(null, null).stream().filter(row -> row.seq() == seq).findFirst().orElseThrow();
    }

    private void insert(AuditRecord row) {
        sql.sql("INSERT INTO audit_event (seq, event_time, event, actor, on_behalf_of, client_pseudonym, message_ref,"
                        + " run_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.seq(), OffsetDateTime.ofInstant(row.time(), ZoneOffset.UTC), row.type(), row.actor(),
                        row.onBehalfOf(), row.clientPseudonym(), row.messageRef(), row.runId(), row.detail(),
                        row.prevHash(), row.hash())
                .update();
    }

    private List<String> everyValueOf(String table) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    values.add(String.valueOf(rows.getObject(column)));
                }
            }
        }
        return values;
    }
}
