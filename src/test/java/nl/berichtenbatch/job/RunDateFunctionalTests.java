package nl.berichtenbatch.job;

import static nl.berichtenbatch.job.GemeenteFunctionalTests.answer;
import static nl.berichtenbatch.job.GemeenteFunctionalTests.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.message.MessageRead;
import tools.jackson.databind.JsonNode;

/** {@code process --run-date}: a past night replayed, with the date rules, answers and report on that date. */
class RunDateFunctionalTests {

    @TempDir
    Path dir;

    @Test
    void replaysANightOnItsOwnDateAndKeepsRealTimestamps() throws Exception {
        // given an allocation and a start dated 2026-02-20 and 2026-03-06
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363");
        workspace.outgoing("toewijzing.xml", sample("ijw", "301"));
        workspace.inbox("start.xml", sample("ijw", "305"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // when the night of 2026-03-05 is replayed: the start is dated the day after
        TestWorkspace.Run run = workspace.run("process", "--run-date", "2026-03-05");
        // then the run date is in the report, the start's Dagtekening is after it (TR135) and its retour is of that day
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(workspace.report(1).get("runDate").asString()).isEqualTo("2026-03-05");
        assertThat(Instant.parse(workspace.report(1).get("started").asString())).isAfterOrEqualTo(before);
        JsonNode start = workspace.message(1, "start.xml");
        assertThat(start.get("findings").toString()).contains("TR135");
        MessageRead retour = answer(workspace, start);
        assertThat(retour.root().valueOrNull("Header/DagtekeningRetour")).isEqualTo("2026-03-05");
        assertThat(workspace.files("archive/2026/03/05")).containsExactly("start.xml");
        // and the audit trail keeps the real time of every event
        TestWorkspace.Run audit = workspace.run("audit", "export", "--format", "json");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(Instant.parse(
                line.replaceFirst(".*\"time\":\"([^\"]+)\".*", "$1"))).isAfterOrEqualTo(before));
        // and a day later the same start is on time
        Files.writeString(workspace.data().resolve("inbox/start-again.xml"),
                sample("ijw", "305").replace("A-JW305-0001", "A-JW305-0002"));
        assertThat(workspace.run("process", "--run-date", "2026-03-06").exitCode()).isZero();
        assertThat(workspace.message(2, "start-again.xml").get("outcome").asString()).isEqualTo("ACCEPTED");
    }
}
