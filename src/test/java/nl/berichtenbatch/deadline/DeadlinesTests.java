package nl.berichtenbatch.deadline;

import javax.sql.DataSource;

import nl.berichtenbatch.validation.rules.RuleTestSupport;

/** The deadline scenarios on an in-memory H2 database with the product's migrations. */
class DeadlinesTests extends DeadlinesScenarios {

    @Override
    DataSource freshDatabase() {
        return RuleTestSupport.freshDatabase();
    }
}
