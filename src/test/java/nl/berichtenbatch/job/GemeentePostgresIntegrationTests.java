package nl.berichtenbatch.job;

import org.junit.jupiter.api.AfterEach;

/** The gemeente's functional stories, on a real PostgreSQL server instead of H2. */
class GemeentePostgresIntegrationTests extends GemeenteFunctionalTests {

    private PostgresDatabase database;

    @Override
    TestWorkspace workspace() {
        database = PostgresDatabase.create();
        return new TestWorkspace(dir, "gemeente", "0363", database.yaml());
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
