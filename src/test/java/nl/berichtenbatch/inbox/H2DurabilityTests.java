package nl.berichtenbatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class H2DurabilityTests {

    @TempDir
    Path dir;

    @Test
    void forcesWhatWasCommittedToTheFileThatACrashLeaves() throws Exception {
        // given an H2 file database whose own writer waits long, with two committed rows
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db/live") + ";WRITE_DELAY=600000;DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("sa");
        JdbcClient sql = JdbcClient.create(dataSource);
        try (var keepOpen = dataSource.getConnection()) {
            sql.sql("create table t (id int primary key)").update();
            H2Durability.sync(dataSource);
            sql.sql("insert into t values (1)").update();
            sql.sql("insert into t values (2)").update();
            assertThat(rowsInACopyOfTheFile("before")).as("committed, not yet on disk").isZero();
            // when
            H2Durability.sync(dataSource);
            // then the file as a killed process would leave it holds both rows
            assertThat(rowsInACopyOfTheFile("after")).isEqualTo(2);
            sql.sql("SHUTDOWN").update();
        }
    }

    /** Copies the database file as it is on disk now (what a SIGKILL would leave) and counts the rows of t in it. */
    private long rowsInACopyOfTheFile(String name) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(name));
        Files.copy(dir.resolve("db/live.mv.db"), copy.resolve("copy.mv.db"));
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + copy.resolve("copy") + ";ACCESS_MODE_DATA=r");
        dataSource.setUser("sa");
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var exists = statement.executeQuery(
                        "select count(*) from information_schema.tables where table_name = 'T'")) {
            exists.next();
            if (exists.getLong(1) == 0) {
                return 0;
            }
            try (var rows = statement.executeQuery("select count(*) from t")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void leavesACallersOpenTransactionOpen() throws Exception {
        // given a transaction with an uncommitted row
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:durability;DB_CLOSE_DELAY=-1");
        JdbcClient sql = JdbcClient.create(dataSource);
        sql.sql("create table u (id int primary key)").update();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("insert into u values (1)");
            }
            // when
            H2Durability.sync(dataSource);
            connection.rollback();
        }
        // then the rollback still took the row back: the sync did not commit it
        assertThat(sql.sql("select count(*) from u").query(Long.class).single()).isZero();
        sql.sql("SHUTDOWN").update();
    }
}
