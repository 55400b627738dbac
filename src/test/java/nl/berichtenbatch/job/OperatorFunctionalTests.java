package nl.berichtenbatch.job;

import static nl.berichtenbatch.job.GemeenteFunctionalTests.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operator's morning: a failed run, its restart, the run list, and the audit trail. */
class OperatorFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void jobsListShowsWhenARunStartedInDutchTime() throws Exception {
        // given a run
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363");
        workspace.inbox("start.xml", sample("ijw", "305"));
        assertThat(workspace.process().exitCode()).isZero();
        Instant started = Instant.parse(workspace.report(1).get("started").asText());
        // when the operator lists the runs
        String list = workspace.run("jobs", "list").out();
        // then its start is the time on a Dutch clock, not UTC
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        String dutch = clock.format(started.atZone(ZoneId.of("Europe/Amsterdam")));
        assertThat(list.lines().skip(1).findFirst().orElseThrow()).contains("  " + dutch + "  ");
        assertThat(dutch).isNotEqualTo(clock.format(started.atZone(ZoneOffset.UTC)));
    }

    @Test
    void aFailedRunIsRestartedWhereItStopped() throws Exception {
        // given a night whose run fails after processing: the retour cannot be written where it belongs
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363");
        workspace.outgoing("toewijzing.xml", sample("ijw", "301"));
        workspace.inbox("start.xml", sample("ijw", "305"));
        Path blocker = blockRetour(workspace, sample("ijw", "305"));
        TestWorkspace.Run failed = workspace.process();
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err().lines().toList()).hasSize(1);
        assertThat(failed.err()).contains("run 1 failed").contains("jobs restart 1");
        assertThat(workspace.run("jobs", "list").out()).contains("FAILED");
        // when the operator fixes the cause and restarts the run
        unblock(blocker);
        TestWorkspace.Run restarted = workspace.run("jobs", "restart", "1");
        // then the run completes with every file in its place, and nothing twice
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("Run 1 COMPLETED").contains("1 accepted").contains("1 sent");
        assertThat(workspace.files("outbox")).hasSize(2);
        assertThat(workspace.files("accepted")).containsExactly("start.xml");
        assertThat(workspace.files("work")).isEmpty();
        assertThat(workspace.run("jobs", "show", "1").out()).contains("ACCEPTED  start.xml").contains("SENT");
        TestWorkspace.Run again = workspace.run("jobs", "restart", "1");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("nothing to restart");
    }

    @ParameterizedTest
    @ValueSource(strings = {"STARTED", "UNKNOWN"})
    void aFailedRunIsRestartedWhenTheDatabaseLostTheEndOfAStep(String stepStatus) throws Exception {
        // given a failed run whose job ended as FAILED, but whose last step still says STARTED (its end was not
        // written: the database dropped the connection) or UNKNOWN (its rollback failed)
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363");
        workspace.outgoing("toewijzing.xml", sample("ijw", "301"));
        workspace.inbox("start.xml", sample("ijw", "305"));
        Path blocker = blockRetour(workspace, sample("ijw", "305"));
        assertThat(workspace.process().exitCode()).isEqualTo(1);
        unblock(blocker);
        String url = "jdbc:h2:file:" + workspace.data().resolve("db").resolve("berichtenbatch");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update batch_step_execution set status = '" + stepStatus
                    + "', end_time = null where step_execution_id = (select max(step_execution_id)"
                    + " from batch_step_execution)")).isOne();
        }
        // when the operator restarts it
        TestWorkspace.Run restarted = workspace.run("jobs", "restart", "1");
        // then it completes, as nothing else runs it
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("Run 1 COMPLETED").contains("1 accepted");
        assertThat(workspace.files("accepted")).containsExactly("start.xml");
    }

    @Test
    void anAbandonedRunLosesNothing() throws Exception {
        // given a failed run
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363");
        workspace.inbox("start.xml", sample("ijw", "305"));
        Path blocker = blockRetour(workspace, sample("ijw", "305"));
        assertThat(workspace.process().exitCode()).isEqualTo(1);
        unblock(blocker);
        // when it is abandoned
        TestWorkspace.Run abandoned = workspace.run("jobs", "abandon", "1");
        // then what it had to write is written, and the run is marked
        assertThat(abandoned.exitCode()).as(abandoned.err()).isZero();
        assertThat(workspace.files("outbox")).hasSize(1);
        assertThat(workspace.files("archive")).hasSize(1);
        assertThat(workspace.run("jobs", "list").out()).contains("ABANDONED");
        assertThat(workspace.run("jobs", "restart", "1").exitCode()).isEqualTo(2);
    }

    @Test
    void theReportOfARunIsShownAndRenderedAgainFromItsFile() throws Exception {
        // given a processed night with an accepted and an invalid file
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363");
        workspace.outgoing("toewijzing.xml", sample("ijw", "301"));
        workspace.inbox("start.xml", sample("ijw", "305"));
        workspace.inbox("kapot.xml", "<nope/>");
        TestWorkspace.Run processed = workspace.process();
        assertThat(processed.exitCode()).as(processed.err()).isZero();
        Path reports = workspace.data().resolve("reports");
        byte[] page = Files.readAllBytes(reports.resolve("run-1.html"));
        Files.delete(reports.resolve("run-1.html"));
        // when the operator asks for the report of the run, and for that of the latest run
        TestWorkspace.Run report = workspace.run("report", "1");
        TestWorkspace.Run latest = workspace.run("report");
        TestWorkspace.Run show = workspace.run("jobs", "show", "1");
        // then the page is rendered again, the same as the run wrote it, and the summary is the one the run printed
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readAllBytes(reports.resolve("run-1.html"))).isEqualTo(page);
        assertThat(report.out()).isEqualTo(processed.out()).isEqualTo(latest.out())
                .contains("Run 1 COMPLETED: 1 accepted, 1 invalid, 1 sent;").contains("  INVALID   kapot.xml: ");
        assertThat(show.out().lines().filter(line -> !line.startsWith(" ")).toList()).hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("ACCEPTED  start.xml"))
                .anySatisfy(line -> assertThat(line).startsWith("INVALID   kapot.xml"))
                .anySatisfy(line -> assertThat(line).startsWith("SENT      toewijzing.xml"));
    }

    /** A non-empty folder where the 306 for this start will be written: the write fails until it is removed. */
    private static Path blockRetour(TestWorkspace workspace, String start) throws Exception {
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(start.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Path blocker = workspace.data().resolve("outbox")
                .resolve("JW306_" + nl.berichtenbatch.retour.RetourIds.identificatieFor(sha) + ".xml");
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("in-the-way.txt"), "x");
        return blocker;
    }

    private static void unblock(Path blocker) throws Exception {
        Files.delete(blocker.resolve("in-the-way.txt"));
        Files.delete(blocker);
    }

    @Test
    void auditVerifyFindsAChangedRowAndSearchFindsTheClient() throws Exception {
        // given a processed night
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363");
        workspace.outgoing("toewijzing.xml", sample("ijw", "301"));
        workspace.inbox("start.xml", sample("ijw", "305"));
        assertThat(workspace.process().exitCode()).isZero();
        // the 301 we sent has no retour yet: at the end of the year that is overdue for the aanbieder
        TestWorkspace.Run overdue = workspace.run("report", "overdue", "--date", "2026-12-31");
        assertThat(overdue.exitCode()).as(overdue.err()).isZero();
        assertThat(overdue.out()).contains("12345678").contains("301");
        TestWorkspace.Run intact = workspace.run("audit", "verify");
        assertThat(intact.exitCode()).as(intact.out()).isZero();
        TestWorkspace.Run search = workspace.run("audit", "search", "--bsn", "999912343");
        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains("start.xml").doesNotContain("999912343<").contains("events");
        assertThat(workspace.run("audit", "search", "--bsn", "999900006").out()).contains("0 events");
        TestWorkspace.Run csv = workspace.run("audit", "export", "--from", "2026-01-01");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("seq,time,event,actor");
        assertThat(csv.out()).contains("MESSAGE_ACCEPTED").contains("RUN_STARTED").doesNotContain("999912343");
        TestWorkspace.Run json = workspace.run("audit", "export", "--format", "json", "--to", "2000-01-01");
        assertThat(json.out()).isEmpty();
        assertThat(workspace.run("audit", "export", "--from", "2026-02-01", "--to", "2026-01-01").exitCode()).isEqualTo(2);
        // when someone changes a row
        String url = "jdbc:h2:file:" + workspace.data().resolve("db").resolve("berichtenbatch");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("update audit_event set detail = 'nothing happened' where seq = 3");
        }
        TestWorkspace.Run changed = workspace.run("audit", "verify");
        // then
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).contains("3");
    }
}
