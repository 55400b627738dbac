package nl.berichtenbatch.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;

/** The aanbieder's functional stories, on a real PostgreSQL server instead of H2. */
class AanbiederPostgresIntegrationTests extends AanbiederFunctionalTests {

    private PostgresDatabase database;

    @Override
    TestWorkspace workspace() {
        database = PostgresDatabase.create();
        return new TestWorkspace(dir, "aanbieder", "12345678", database.yaml());
    }

    @Override
    Connection connect(TestWorkspace workspace) throws SQLException {
        return DriverManager.getConnection(database.url(), PostgresDatabase.USER, "");
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
