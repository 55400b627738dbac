package nl.berichtenbatch.deadline;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The deadline scenarios on a real PostgreSQL (127.0.0.1:5432, database test, user postgres), each in a throw-away
 * schema migrated with the PostgreSQL migrations: the same SQL must hold on both databases.
 */
class DeadlinesIntegrationTests extends DeadlinesScenarios {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";
    private static final DataSource ADMIN = dataSource(URL + "?connectTimeout=3&loginTimeout=3");
    private static String unavailable;

    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void findTheServer() {
        unavailable = unavailable(ADMIN);
        if (unavailable != null) {
            System.out.println("DeadlinesIntegrationTests skipped: no PostgreSQL at " + URL + " (" + unavailable + ")");
        }
    }

    @Override
    DataSource freshDatabase() {
        Assumptions.assumeTrue(unavailable == null, () -> "no PostgreSQL at " + URL + ": " + unavailable);
        String schema = "deadline_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        schemas.add(schema);
        Flyway.configure().dataSource(ADMIN).schemas(schema).locations("classpath:db/migration/postgresql").load()
                .migrate();
        return dataSource(URL + "?currentSchema=" + schema);
    }

    @AfterEach
    void dropTheSchemas() {
        schemas.forEach(schema -> JdbcClient.create(ADMIN).sql("DROP SCHEMA " + schema + " CASCADE").update());
        schemas.clear();
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
