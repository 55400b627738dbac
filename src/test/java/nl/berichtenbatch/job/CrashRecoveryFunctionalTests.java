package nl.berichtenbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.SchemaCatalog;

/**
 * Kills {@code process} (a separate JVM) with SIGKILL at several points of a run of a few hundred files, then lets
 * a last run finish: nothing may be lost, doubled or half-written.
 */
class CrashRecoveryFunctionalTests {

    private static final int STARTS = 240;
    private static final long[] KILL_AFTER_MILLIS = {1_500, 3_500, 5_000, 6_500, 8_000, 10_000};

    @TempDir
    Path dir;

    @Test
    void everyFileEndsUpInExactlyOnePlaceWithExactlyOneAnswer() throws Exception {
        // given an allocation we sent and a few hundred starts, some of them wrong
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363");
        workspace.outgoing("toewijzing.xml", GemeenteFunctionalTests.sample("ijw", "301"));
        String start = GemeenteFunctionalTests.sample("ijw", "305");
        List<String> heenberichten = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            String name = String.format("start-%03d.xml", i);
            String message = GemeenteFunctionalTests.withIdentificatie(start, "C-" + i)
                    .replaceFirst("(:Begindatum>)[^<]*<", "$1" + java.time.LocalDate.of(2026, 3, 1).plusDays(i) + "<");
            if (i % 10 == 3) {
                message = message.replace("ToewijzingNummer>1001<", "ToewijzingNummer>777<");  // rejected: 9019
            }
            if (i % 25 == 7) {
                message = message.replaceFirst("(:Bsn>)\\d+<", "$1123<");  // invalid: no answer
            } else {
                heenberichten.add(name);
            }
            workspace.inbox(name, message);
        }
        workspace.inbox("start-again.xml", GemeenteFunctionalTests.withIdentificatie(start, "C-0")
                .replaceFirst("(:Begindatum>)[^<]*<", "$12026-03-01<"));  // the same bytes as start-000.xml
        List<String> inputs = new ArrayList<>(workspace.files("inbox"));
        inputs.add("toewijzing.xml");

        // when process is killed at several points, and then runs to the end
        for (long millis : KILL_AFTER_MILLIS) {
            Process process = start(workspace, "process");
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                break;  // finished before the kill: the machine is faster than the plan
            }
            process.destroyForcibly().waitFor();
        }
        Process last = start(workspace, "process");
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(last.getInputStream().readAllBytes());
        assertThat(last.exitValue()).as(output).isZero();

        // then every input file is in exactly one final place
        Map<String, List<String>> places = new HashMap<>();
        for (String folder : List.of("accepted", "archive", "rejected", "duplicates", "outbox", "inbox", "work",
                "outgoing")) {
            for (String file : workspace.files(folder)) {
                String name = Path.of(file).getFileName().toString();
                if (inputs.contains(name)) {
                    places.computeIfAbsent(name, n -> new ArrayList<>()).add(folder);
                }
            }
        }
        for (String input : inputs) {
            assertThat(places.get(input)).as(input).hasSize(1);
            assertThat(places.get(input).get(0)).as(input).isIn("accepted", "archive", "rejected", "duplicates", "outbox");
        }
        assertThat(places.get("start-again.xml")).containsExactly("duplicates");
        // and every received heenbericht has exactly one answer, whole and valid
        MessageReader reader = new MessageReader(SchemaCatalog.bundled(), 26_214_400);
        Map<String, Integer> answers = new HashMap<>();
        for (String file : workspace.files("outbox")) {
            assertThat(file).doesNotStartWith(".").doesNotEndWith(".part");
            if (file.equals("toewijzing.xml")) {
                continue;
            }
            MessageRead retour = reader.read(workspace.data().resolve("outbox").resolve(file));
            assertThat(retour.findings()).as(file).isEmpty();
            answers.merge(retour.header().identificatie(), 1, Integer::sum);
        }
        assertThat(answers).hasSize(heenberichten.size());
        assertThat(answers.values()).containsOnly(1);
        // and the kills really interrupted runs whose files a later run took over
        Process jobs = start(workspace, "jobs", "list");
        assertThat(jobs.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String runs = new String(jobs.getInputStream().readAllBytes());
        System.out.println("crash test runs:" + System.lineSeparator() + runs);
        assertThat(runs).contains("ABANDONED").contains("COMPLETED");
        // and the audit trail is intact
        Process verify = start(workspace, "audit", "verify");
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(new String(verify.getInputStream().readAllBytes())).isZero();
    }

    private static Process start(TestWorkspace workspace, String... command) throws IOException {
        return workspace.spawn(command);
    }
}
