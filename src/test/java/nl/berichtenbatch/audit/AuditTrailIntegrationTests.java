package nl.berichtenbatch.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import nl.berichtenbatch.audit.VerifyResult.Kind;

/** The audit trail on a real PostgreSQL (127.0.0.1:5432, database test, user postgres), in a throw-away schema. */
class AuditTrailIntegrationTests {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";
    private static final String BSN = "123456782";

    private final Pseudonymizer pseudonymizer = new Pseudonymizer("integration-test-pseudonym-key");

    private static final DataSource ADMIN = dataSource(URL + "?connectTimeout=3&loginTimeout=3");
    private static String unavailable;

    private String schema;
    private DataSource dataSource;
    private AuditTrail trail;

    @BeforeAll
    static void findTheServer() {
        unavailable = unavailable(ADMIN);
        if (unavailable != null) {
            System.out.println("AuditTrailIntegrationTests skipped: no PostgreSQL at " + URL + " (" + unavailable
                    + ")");
        }
    }

    @BeforeEach
    void migrateAFreshSchema() {
        Assumptions.assumeTrue(unavailable == null, () -> "no PostgreSQL at " + URL + ": " + unavailable);
        schema = "audit_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        dataSource = dataSource(URL + "?currentSchema=" + schema);
        Flyway.configure().dataSource(ADMIN).schemas(schema).locations("classpath:db/migration/postgresql").load()
                .migrate();
        trail = new AuditTrail(dataSource, pseudonymizer, Clock.systemUTC());
    }

    @AfterEach
    void dropTheSchema() {
        if (schema != null) {
            JdbcClient.create(ADMIN).sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
    }

    @Test
    void appendsAChainThatVerifiesAndFindsTheClient() {
        // given
        trail.append(AuditEvent.bySystem(AuditEventType.RUN_STARTED, "0363").withRunId(1L));
        trail.append(AuditEvent.bySystem(AuditEventType.MESSAGE_RECEIVED, "0363").withClientBsn(BSN)
                .withMessageRef("jw305_" + BSN + ".xml").withRunId(1L));
        trail.append(AuditEvent.bySystem(AuditEventType.MESSAGE_ACCEPTED, "0363").withClientBsn(BSN)
                .withMessageRef("jw305.xml JW305-0001").withRunId(1L).withDetail("Bsn " + BSN));
        // when
        VerifyResult result = trail.verify();
        // then
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.checked()).isEqualTo(3);
        assertThat(trail.search(BSN)).extracting(AuditRecord::seq).containsExactly(2L, 3L);
        assertThat(trail.export(null, null)).allSatisfy(row -> assertThat(row.toString()).doesNotContain(BSN));
    }

    @Test
    void twoProcessesSharingTheDatabaseAppendOneChain() throws Exception {
        // given: two appenders, each with its own connections, as two processes would have
        AuditTrail otherProcess = new AuditTrail(dataSource(URL + "?currentSchema=" + schema), pseudonymizer,
                Clock.systemUTC());
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<?>> appends = new ArrayList<>();
        // when
        for (int i = 0; i < 60; i++) {
            AuditTrail appender = i % 2 == 0 ? trail : otherProcess;
            String ref = "file-" + i + ".xml";
            appends.add(threads.submit(() -> appender.append(AuditEvent.bySystem(AuditEventType.MESSAGE_RECEIVED,
                    "0363").withClientBsn(BSN).withMessageRef(ref))));
        }
        for (Future<?> append : appends) {
            append.get();
        }
        threads.shutdown();
        // then
        VerifyResult result = trail.verify();
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.checked()).isEqualTo(60);
        assertThat(result.head().lastSeq()).isEqualTo(60);
    }

    @Test
    void leavesNoRowWhenTheCallersTransactionRollsBack() {
        // given
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // when
        transaction.executeWithoutResult(status -> {
            trail.append(AuditEvent.bySystem(AuditEventType.MESSAGE_RECEIVED, "0363").withClientBsn(BSN));
            status.setRollbackOnly();
        });
        // then
        assertThat(trail.export(null, null)).isEmpty();
        assertThat(trail.append(AuditEvent.bySystem(AuditEventType.RUN_STARTED, "0363")).seq()).isEqualTo(1);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void refusesToChangeOrDeleteEvents() {
        // given
        trail.append(AuditEvent.bySystem(AuditEventType.RUN_STARTED, "0363"));
        JdbcClient sql = JdbcClient.create(dataSource);
        // when / then
        assertThatExceptionOfType(DataAccessException.class)
                .isThrownBy(() -> sql.sql("UPDATE audit_event SET detail = 'x'").update())
                .withMessageContaining("audit_event is append-only: UPDATE is not allowed");
        assertThatExceptionOfType(DataAccessException.class)
                .isThrownBy(() -> sql.sql("DELETE FROM audit_event").update())
                .withMessageContaining("DELETE is not allowed");
        assertThatExceptionOfType(DataAccessException.class)
                .isThrownBy(() -> sql.sql("TRUNCATE audit_event").update())
                .withMessageContaining("TRUNCATE is not allowed");
        assertThat(trail.verify().checked()).isEqualTo(1);
    }

    @Test
    void reportsChangesMadePastTheTriggers() {
        // given
        for (int i = 0; i < 4; i++) {
            trail.append(AuditEvent.bySystem(AuditEventType.MESSAGE_SENT, "0363").withMessageRef("f" + i));
        }
        JdbcClient sql = JdbcClient.create(dataSource);
        sql.sql("ALTER TABLE audit_event DISABLE TRIGGER USER").update();
        // when
        sql.sql("UPDATE audit_event SET detail = 'x' WHERE seq = 2").update();
        VerifyResult changed = trail.verify();
        sql.sql("DELETE FROM audit_event WHERE seq >= 2").update();
        VerifyResult truncated = trail.verify();
        // then
        assertThat(changed.problem()).extracting(VerifyResult.Problem::kind, VerifyResult.Problem::seq)
                .containsExactly(Kind.CHANGED, 2L);
        assertThat(truncated.problem()).extracting(VerifyResult.Problem::kind, VerifyResult.Problem::seq)
                .containsExactly(Kind.MISSING_AT_END, 2L);
    }

    private static DataSource dataSource(String url) {
        return new DriverManagerDataSource(url, USER, "");
    }

    private static String unavailable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(3) ? null : "the connection is not valid";
        } catch (SQLException | RuntimeException e) {
            return e.getMessage();
        }
    }
}
