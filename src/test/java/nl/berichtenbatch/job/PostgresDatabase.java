package nl.berichtenbatch.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the PostgreSQL server of the machine (127.0.0.1:5432, trust auth, database {@code test}) for
 * one test, dropped afterwards. Without a server the test is skipped with the reason printed.
 */
final class PostgresDatabase implements AutoCloseable {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = "postgres";

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    static PostgresDatabase create() {
        String name = "bb_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(SERVER + "test", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            String reason = "SKIPPED: no PostgreSQL server answers on 127.0.0.1:5432 (" + e.getMessage() + ")";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        return new PostgresDatabase(name);
    }

    String url() {
        return SERVER + name;
    }

    /** The lines of application.yml that point an installation at this database. */
    String yaml() {
        return """
                spring:
                  datasource:
                    url: %s
                    username: %s
                """.formatted(url(), USER);
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(SERVER + "test", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.out.println("could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
