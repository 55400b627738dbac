package nl.berichtenbatch.job;

import static nl.berichtenbatch.job.GemeenteFunctionalTests.sample;
import static nl.berichtenbatch.job.GemeenteFunctionalTests.withIdentificatie;
import static nl.berichtenbatch.job.ServeFunctionalTests.awaitLine;
import static nl.berichtenbatch.job.ServeFunctionalTests.follow;
import static nl.berichtenbatch.job.ServeFunctionalTests.sigterm;
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

/** Two {@code serve} processes on one PostgreSQL database and one data-dir never process the same file. */
class ServePostgresIntegrationTests {

    private static final int FILES = 60;

    @TempDir
    Path dir;

    @Test
    void twoServersNeverProcessTheSameFile() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.create()) {
            // given two servers on a cron of every second, sharing database and folders
            TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363", database.yaml());
            Process first = workspace.spawn("serve", "--cron", "* * * * * *");
            List<String> firstOutput = follow(first);
            awaitLine(firstOutput, "serving", 60);
            Process second = workspace.spawn("serve", "--cron", "* * * * * *");
            List<String> secondOutput = follow(second);
            awaitLine(secondOutput, "serving", 60);
            // when files keep arriving
            workspace.outgoing("toewijzing.xml", sample("ijw", "301"));
            List<String> names = new ArrayList<>(List.of("toewijzing.xml"));
            for (int i = 0; i < FILES; i++) {
                String name = String.format("start-%02d.xml", i);
                workspace.inbox(name, withIdentificatie(sample("ijw", "305"), "S-" + i)
                        .replaceFirst("(:Begindatum>)[^<]*<", "$1" + LocalDate.of(2026, 3, 1).plusDays(i) + "<"));
                names.add(name);
                Thread.sleep(50);
            }
            for (int i = 0; i < 300 && workspace.files("accepted").size() + workspace.files("archive").size() < FILES; i++) {
                Thread.sleep(100);
            }
            sigterm(first);
            sigterm(second);
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // then every file was processed exactly once, by one of them
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
            assertThat(workspace.files("work")).isEmpty();
            System.out.println("first server: " + firstOutput.size() + " lines; second server: " + secondOutput.size()
                    + " lines");
        }
    }
}
