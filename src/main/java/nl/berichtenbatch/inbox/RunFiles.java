package nl.berichtenbatch.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.berichtenbatch.state.Gzip;
import nl.berichtenbatch.state.MultiRowInsert;

/** The files of each run and how far their processing got: the job's memory of what it claimed and finished. */
public final class RunFiles {

    /** Reports read from the database at a time while a run's report is built. */
    private static final int REPORTS_FETCHED = 500;
    /** Rows of one insert statement when a claim registers its files. */
    private static final int REGISTERED_PER_STATEMENT = 200;

    private final JdbcClient jdbc;
    private final Workspace workspace;

    public RunFiles(JdbcClient jdbc, Workspace workspace) {
        this.jdbc = jdbc;
        this.workspace = workspace;
    }

    /** The files registered for a run so far, as {@code folder/name}: one query, however many files wait. */
    java.util.Set<String> registered(long runId) {
        return new java.util.HashSet<>(jdbc.sql("select folder || '/' || name from run_file where run_id = ?")
                .param(runId).query(String.class).list());
    }

    int nextSeq(long runId) {
        return jdbc.sql("select coalesce(max(seq), 0) + 1 from run_file where run_id = ?").param(runId)
                .query(Integer.class).single();
    }

    /** A file found in a run's work folder, to be registered. */
    record Found(String folder, String name, java.time.Instant modified) {
    }

    /**
     * Registers files with consecutive sequence numbers from {@code firstSeq}, in the order given. A few hundred rows
     * per statement: a claim of 100,000 files is a few hundred statements, not 100,000.
     */
    void register(long runId, int firstSeq, List<Found> files) {
        List<Claimed> rows = new java.util.ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            rows.add(new Claimed(runId, firstSeq + i, files.get(i)));
        }
        REGISTER.insert(jdbc, rows);
    }

    private record Claimed(long runId, int seq, Found file) {
    }

    private static final MultiRowInsert<Claimed> REGISTER = new MultiRowInsert<>(
            "run_file (run_id, seq, folder, name, modified, state)", "(?, ?, ?, ?, ?, 'CLAIMED')",
            REGISTERED_PER_STATEMENT, (row, params) -> params.addAll(List.of(row.runId(), row.seq(),
                    row.file().folder(), row.file().name(), Timestamp.from(row.file().modified()))));

    /**
     * Claimed, not yet finished files of a run after a sequence number, in arrival order. Ordered by every column of
     * the index (run_id, state, seq): H2 then reads the index in order and stops after the page; ordered by seq alone
     * it sorted every claimed file of the run for each page (115 ms a page at 100,000 files).
     */
    public List<RunFile> claimed(long runId, int afterSeq, int limit) {
        return jdbc.sql("""
                select id, run_id, seq, folder, name, modified from run_file
                where run_id = ? and state = 'CLAIMED' and seq > ?
                order by run_id, state, seq fetch first ? rows only""")
                .params(runId, afterSeq, limit)
                .query((rs, n) -> new RunFile(rs.getLong("id"), rs.getLong("run_id"), rs.getInt("seq"),
                        rs.getString("folder"), rs.getString("name"), rs.getTimestamp("modified").toInstant(),
                        workspace.work(rs.getLong("run_id"), rs.getString("folder")).resolve(rs.getString("name"))))
                .list();
    }

    /**
     * Records the outcome of a file; part of the transaction that records its state and outputs. A large report (a
     * declaration with a finding for each of thousands of clients) is kept compressed ({@link Gzip}).
     */
    public void finish(long runFileId, String sha256, String outcome, String reportJson) {
        boolean large = reportJson != null && reportJson.length() >= Gzip.FROM;
        jdbc.sql("update run_file set state = 'DONE', sha256 = ?, outcome = ?, report = ?, report_gz = ? where id = ?")
                .params(sha256, outcome, large ? null : reportJson,
                        new SqlParameterValue(Types.VARBINARY,
                                large ? Gzip.compress(reportJson.getBytes(StandardCharsets.UTF_8)) : null),
                        runFileId)
                .update();
    }

    /** A file with exactly these bytes was processed before (in any run, this one included). */
    public boolean processedBefore(String sha256) {
        return jdbc.sql("select count(*) from run_file where sha256 = ? and state = 'DONE' and outcome <> 'DUPLICATE'")
                .param(sha256).query(Long.class).single() > 0;
    }

    /**
     * The per-file report objects of a run, in arrival order (JSON, as stored), one at a time: read a page at a time,
     * so the database does not hold the whole run's result in memory either.
     */
    public void eachReport(long runId, java.util.function.Consumer<String> consumer) {
        eachReport(jdbc, runId, consumer);
    }

    /**
     * {@link #eachReport(long, java.util.function.Consumer)} on a given database (e.g. {@code report variants}, which
     * sums the reports of many runs). Ordered by every column of the index (run_id, state, seq), so the database reads
     * the index in order and stops after each page.
     */
    public static void eachReport(JdbcClient jdbc, long runId, java.util.function.Consumer<String> consumer) {
        int after = 0;
        while (true) {
            // a compressed report is expanded only when its turn comes: a page holds at most one large report whole
            record Row(int seq, String report, byte[] compressed) {
                String json() {
                    return compressed == null ? report : new String(Gzip.expand(compressed), StandardCharsets.UTF_8);
                }
            }
            List<Row> page = jdbc.sql("""
                    select seq, report, report_gz from run_file where run_id = ? and state = 'DONE' and seq > ?
                    order by run_id, state, seq fetch first ? rows only""")
                    .params(runId, after, REPORTS_FETCHED)
                    .query((rs, n) -> new Row(rs.getInt("seq"), rs.getString("report"), rs.getBytes("report_gz")))
                    .list();
            if (page.isEmpty()) {
                return;
            }
            page.forEach(row -> consumer.accept(row.json()));
            after = page.get(page.size() - 1).seq();
        }
    }
}
