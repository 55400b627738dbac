package nl.berichtenbatch.job;

import static nl.berichtenbatch.job.GemeenteFunctionalTests.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as an operator runs it: in its own JVM, on a cron of every second, stopped with SIGTERM. */
class ServeFunctionalTests {

    @TempDir
    Path dir;

    /** Collects a process's output lines while it runs. */
    static List<String> follow(Process process) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output lost: " + e.getMessage() + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    static void awaitLine(List<String> lines, String text, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 10 && lines.stream().noneMatch(l -> l.contains(text)); i++) {
            Thread.sleep(100);
        }
        assertThat(lines).as("waiting for '" + text + "'").anyMatch(l -> l.contains(text));
    }

    /** SIGTERM as a service manager sends it (Process.destroy would also close the output we read). */
    static void sigterm(Process process) throws Exception {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    @Test
    void processesAFileDroppedWhileServingAndStopsCleanlyOnSigterm() throws Exception {
        // given serve running on a cron of every second
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363");
        Process serve = workspace.spawn("serve", "--cron", "* * * * * *");
        List<String> output = follow(serve);
        awaitLine(output, "serving", 60);
        // when an allocation and a start arrive
        workspace.outgoing("toewijzing.xml", sample("ijw", "301"));
        workspace.inbox("start.xml", sample("ijw", "305"));
        awaitLine(output, "1 accepted", 30);
        long stopAsked = System.nanoTime();
        sigterm(serve);
        // then it stops within seconds, cleanly, with everything in its place
        assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as(String.join("\n", output)).isTrue();
        assertThat((System.nanoTime() - stopAsked) / 1_000_000_000L).isLessThan(20);
        awaitLine(output, "stopped", 5);
        assertThat(workspace.files("accepted")).containsExactly("start.xml");
        assertThat(workspace.files("outbox")).hasSize(2);
        assertThat(workspace.files("work")).isEmpty();
        assertThat(workspace.files("inbox")).isEmpty();
        assertThat(String.join("\n", output)).doesNotContain("Exception");
    }
}
