package nl.berichtenbatch.inbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Makes the commits of an embedded H2 database durable on request. The product opens H2 with a write delay (its
 * commits reach the disk a moment later, written by H2's own thread), and forces them to disk only before files are
 * written or moved for them ({@link Outputs#carryOut()}): a crash can then take back processing, which the next run
 * redoes, but never an outcome whose answer was already written. Other databases (PostgreSQL) make every commit
 * durable by themselves; for them this does nothing.
 */
public final class H2Durability {

    private H2Durability() {
    }

    /** Forces every committed transaction of an H2 database to disk; does nothing on another database. */
    public static void sync(DataSource dataSource) {
        // a connection of its own: CHECKPOINT is not transactional, and would commit a caller's open transaction
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot force the database to disk: " + e.getMessage(), e);
        }
    }
}
