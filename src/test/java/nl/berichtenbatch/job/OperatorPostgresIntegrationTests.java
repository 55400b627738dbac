package nl.berichtenbatch.job;

import static nl.berichtenbatch.job.GemeenteFunctionalTests.sample;
import static nl.berichtenbatch.job.GemeenteFunctionalTests.withIdentificatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's morning on PostgreSQL: the database went away in the middle of the night's run; jobs list, jobs
 * show and jobs restart, and every file is processed exactly once.
 */
class OperatorPostgresIntegrationTests {

    private static final int FILES = 80;

    @TempDir
    Path dir;

    @Test
    void aRunThatLostItsDatabaseIsRestartedAndEveryFileIsProcessedOnce() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.create()) {
            // given a night's files
            TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363", database.yaml());
            workspace.outgoing("toewijzing.xml", sample("ijw", "301"));
            List<String> names = new ArrayList<>(List.of("toewijzing.xml"));
            for (int i = 0; i < FILES; i++) {
                String name = String.format("start-%03d.xml", i);
                workspace.inbox(name, withIdentificatie(sample("ijw", "305"), "P-" + i)
                        .replaceFirst("(:Begindatum>)[^<]*<", "$1" + LocalDate.of(2026, 3, 1).plusDays(i) + "<")
                        .replaceFirst("(:Dagtekening>)[^<]*<", "$12026-05-20<"));
                names.add(name);
            }
            // when the database drops every connection while the run goes on
            Process process = workspace.spawn("process");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (workspace.files("work").isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            for (int i = 0; i < 20 && process.isAlive(); i++) {
                try (Connection admin = DriverManager.getConnection(PostgresDatabase.SERVER + "test",
                        PostgresDatabase.USER, "");
                        Statement statement = admin.createStatement()) {
                    statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                            + database.url().substring(database.url().lastIndexOf('/') + 1) + "'");
                }
                Thread.sleep(100);
            }
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
            String night = new String(process.getInputStream().readAllBytes());
            // then the run failed in one line that says how to continue
            assertThat(process.exitValue()).as(night).isEqualTo(1);
            assertThat(night).contains("failed").contains("jobs restart");
            String list = workspace.run("jobs", "list").out();
            assertThat(list).containsAnyOf("FAILED", "INTERRUPTED");
            String run = list.lines().filter(l -> l.contains("FAILED") || l.contains("INTERRUPTED")).findFirst()
                    .orElseThrow().trim().split("\\s+")[0];
            assertThat(workspace.run("jobs", "show", run).exitCode()).isZero();
            // and after the restart every file was processed exactly once
            TestWorkspace.Run restarted = workspace.run("jobs", "restart", run);
            assertThat(restarted.exitCode()).as(restarted.err()).isZero();
            Map<String, Integer> done = new HashMap<>();
            try (Connection connection = DriverManager.getConnection(database.url(), PostgresDatabase.USER, "");
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select name from run_file where state = 'DONE'")) {
                while (rs.next()) {
                    done.merge(rs.getString(1), 1, Integer::sum);
                }
            }
            assertThat(done.keySet()).containsExactlyInAnyOrderElementsOf(names);
            assertThat(done.values()).containsOnly(1);
            assertThat(workspace.files("outbox")).hasSize(FILES + 1);
            // later starts of the same product are rejected (TR326: one current start) and archived, the first accepted
            assertThat(workspace.files("accepted").size() + workspace.files("archive").size()).isEqualTo(FILES);
            assertThat(workspace.files("work")).isEmpty();
            assertThat(workspace.run("audit", "verify").exitCode()).isZero();
        }
    }
}
