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

    private static final int STARTS = 150;
    /**
     * Where to kill: while starting up, and at several moments after the files were claimed (they are in work/),
     * while they are processed and while the run writes its outputs. Moments are observed, not timed, so a slow
     * machine kills at the same points as a fast one.
     */
    private record KillPoint(String when, Moment reached, long thenMillis) {
    }

    /** A moment of one process's run, judged against what the folders held when it started. */
    private interface Moment {
        boolean reached(TestWorkspace workspace, List<String> workBefore, int finalBefore);
    }

    private static final Moment CLAIMED = (w, workBefore, finalBefore) -> w.files("work").stream()
            .map(f -> f.split("/")[0]).anyMatch(run -> workBefore.stream().noneMatch(f -> f.startsWith(run + "/")));
    private static final Moment WRITING = (w, workBefore, finalBefore) -> finalPlaces(w) > finalBefore;

    private static final List<KillPoint> KILL_POINTS = List.of(
            new KillPoint("starting up", (w, b, f) -> true, 700),
            new KillPoint("right after claiming", CLAIMED, 0),
            new KillPoint("processing", CLAIMED, 400),
            new KillPoint("processing, later", CLAIMED, 1_200),
            new KillPoint("writing outputs", WRITING, 0),
            new KillPoint("processing, much later", CLAIMED, 2_500));

    private static int finalPlaces(TestWorkspace workspace) {
        return workspace.files("accepted").size() + workspace.files("archive").size()
                + workspace.files("rejected").size();
    }

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
        List<String> killed = new ArrayList<>();
        for (KillPoint point : KILL_POINTS) {
            List<String> workBefore = workspace.files("work");
            int finalBefore = finalPlaces(workspace);
            Process process = start(workspace, "process");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (process.isAlive() && !point.reached().reached(workspace, workBefore, finalBefore)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (process.waitFor(point.thenMillis(), TimeUnit.MILLISECONDS)) {
                break;  // it finished by itself: nothing left to interrupt
            }
            process.destroyForcibly().waitFor();
            killed.add(point.when());
        }
        System.out.println("crash test: killed while " + killed);
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
