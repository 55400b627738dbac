package nl.berichtenbatch.inbox;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh in-memory H2 database with every migration, one per test; dropped by {@code SHUTDOWN}. */
final class MigratedH2 {

    private MigratedH2() {
    }

    static JdbcDataSource fresh(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        return dataSource;
    }

    /** A started run to register files for; its id. */
    static long startedRun(JdbcClient sql) {
        sql.sql("insert into run (run_date, started, status) values (current_date, current_timestamp, 'STARTED')")
                .update();
        return sql.sql("select max(id) from run").query(Long.class).single();
    }
}
