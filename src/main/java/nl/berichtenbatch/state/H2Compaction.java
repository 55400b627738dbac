package nl.berichtenbatch.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Keeps the file of an embedded H2 database compact. H2 writes changed pages to new places in its file and reuses
 * the old places only in part, so after a large run the file holds several times the live data (20,000 messages:
 * 275 MB for 30 MB; 100,000: 1.46 GB for 161 MB), and every later command takes longer to open it (a run listing on
 * the latter: 10.6 s, 8.1 s once compacted, on a busy machine). When the file is large and sparse at the end of a
 * run, it is rewritten whole ({@code SHUTDOWN COMPACT}) once the run has closed the database. The cost follows the
 * live data (1.5 s for 30 MB, 5.8 s for 153 MB, 13 s for 177 MB on a busier 2-core machine), and a file becomes
 * sparse only after writes of about half its live data, so the upkeep costs in proportion to what the runs wrote,
 * not to the history. PostgreSQL and in-memory databases are left alone.
 */
public final class H2Compaction {

    /** Smaller files are left as they are: they open quickly however sparse they are. */
    static final long MIN_FILE_SIZE = 64L << 20;
    /**
     * Below this fill rate the file is rewritten. At the end of a run of 20,000 messages on a new database H2 reported
     * 21; after 1,000 more on the compacted file (31 MB, grown to 68 MB) 72; a compacted file has 99-100.
     */
    static final int MIN_FILL_RATE = 75;

    private static final String PREFIX = "jdbc:h2:file:";

    private final String url;
    private final String user;
    private final String password;
    private final Path file;
    private final int fillRate;

    private H2Compaction(String url, String user, String password, Path file, int fillRate) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.file = file;
        this.fillRate = fillRate;
    }

    /**
     * The compaction to do once the database is closed: present when it is an H2 file of at least 64 MB with a fill
     * rate under 75 %. Asked while the database is still open, so that a healthy file is not opened again.
     */
    public static Optional<H2Compaction> whenSparse(DataSource dataSource, String user, String password) {
        return whenSparse(dataSource, user, password, MIN_FILE_SIZE);
    }

    static Optional<H2Compaction> whenSparse(DataSource dataSource, String user, String password, long minFileSize) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (!url.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String name = url.substring(PREFIX.length()).split(";", 2)[0];
            Path file = Path.of(name + ".mv.db");
            if (!file.isAbsolute() || !Files.isRegularFile(file) || Files.size(file) < minFileSize) {
                return Optional.empty();
            }
            int fillRate = fillRate(connection);
            return fillRate < MIN_FILL_RATE
                    ? Optional.of(new H2Compaction(PREFIX + name, user, password, file, fillRate))
                    : Optional.empty();
        } catch (SQLException | IOException e) {
            return Optional.empty();  // upkeep only: a database that cannot say how full it is stays as it is
        }
    }

    /**
     * The lower of H2's two fill rates: the share of live pages ({@code info.FILL_RATE}) and the share of live data in
     * the file's chunks ({@code info.CHUNKS_FILL_RATE}); either can be high while the other shows the waste.
     */
    private static int fillRate(Connection connection) throws SQLException {
        int lowest = 100;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select setting_value from information_schema.settings"
                        + " where setting_name in ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rows.next()) {
                lowest = Math.min(lowest, Integer.parseInt(rows.getString(1).trim()));
            }
        }
        return lowest;
    }

    /**
     * Rewrites the closed database whole, and says what it did in a line for the operator. The database must be
     * closed by everyone else (an embedded H2 file has one process at a time).
     */
    public String compact() throws SQLException, IOException {
        long before = Files.size(file);
        long start = System.nanoTime();
        Connection connection = DriverManager.getConnection(url, user, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } finally {
            closeQuietly(connection);  // the shutdown has closed the session already
        }
        long after = Files.size(file);
        return "Database compacted: %,d MB -> %,d MB in %.1f s (fill rate %d %%); %s".formatted(
                before >> 20, after >> 20, (System.nanoTime() - start) / 1e9, fillRate, file);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // closed by the shutdown
        }
    }
}
