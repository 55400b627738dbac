package nl.berichtenbatch.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The runs: one row per {@code process}, the operator's handle on a job (its id is the run id). */
public final class Runs {

    /** A run as {@code jobs list} shows it. */
    public record Run(long id, LocalDate runDate, Instant started, Instant finished, String status,
            Long jobExecutionId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public Runs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long start(LocalDate runDate) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into run (run_date, started, status) values (?, ?, 'STARTED')")
                .params(runDate, Timestamp.from(clock.instant())).update(keys, "id");
        return keys.getKey().longValue();
    }

    void execution(long run, long jobExecutionId) {
        jdbc.sql("update run set job_execution_id = ? where id = ?").params(jobExecutionId, run).update();
    }

    void status(long run, String status) {
        jdbc.sql("update run set status = ?, finished = ? where id = ?")
                .params(status, "STARTED".equals(status) ? null : Timestamp.from(clock.instant()), run).update();
    }

    public Optional<Run> find(long run) {
        return jdbc.sql("select * from run where id = ?").param(run).query(Runs::map).optional();
    }

    public List<Run> latest(int count) {
        return jdbc.sql("select * from run order by id desc").query(Runs::map).list().stream().limit(count).toList();
    }

    /** Runs that did not complete (crashed or failed) other than this one: their files are taken over. */
    List<Run> unfinished(long except) {
        return jdbc.sql("select * from run where status in ('STARTED', 'FAILED') and id <> ? order by id")
                .param(except).query(Runs::map).list();
    }

    /** Files of a run that were claimed but never finished. */
    int unfinishedFiles(long run) {
        return jdbc.sql("select count(*) from run_file where run_id = ? and state = 'CLAIMED'").param(run)
                .query(Integer.class).single();
    }

    void markAdopted(long from) {
        jdbc.sql("update run_file set state = 'ADOPTED' where run_id = ? and state = 'CLAIMED'").param(from).update();
        status(from, "ABANDONED");
    }

    void markReleased(long run) {
        jdbc.sql("update run_file set state = 'RELEASED' where run_id = ? and state = 'CLAIMED'").param(run).update();
        status(run, "ABANDONED");
    }

    /** A run that did not complete, or outputs not yet carried out: work for the next run. */
    public boolean hasUnfinished() {
        return jdbc.sql("select count(*) from run where status in ('STARTED', 'FAILED')").query(Long.class).single() > 0
                || jdbc.sql("select count(*) from pending_output where done = false").query(Long.class).single() > 0;
    }

    /** Counts per outcome of a run's files. */
    public List<Object[]> counts(long run) {
        return jdbc.sql("select outcome, count(*) from run_file where run_id = ? and state = 'DONE' group by outcome")
                .param(run).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
    }

    private static Run map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished");
        long execution = rs.getLong("job_execution_id");
        return new Run(rs.getLong("id"), rs.getDate("run_date").toLocalDate(), rs.getTimestamp("started").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("status"),
                rs.wasNull() ? null : execution);
    }
}
