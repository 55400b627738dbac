package nl.berichtenbatch.job;

import org.junit.jupiter.api.AfterEach;

/** The same scenarios on a real PostgreSQL server instead of H2: the rules' look-ups in PostgreSQL's SQL. */
class DeclarationScenarioPostgresIntegrationTests extends DeclarationScenarioFunctionalTests {

    private PostgresDatabase database;

    @Override
    Scenario gemeente(String standard) {
        database = PostgresDatabase.create();
        return Scenario.gemeente(dir, standard, database.yaml());
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
