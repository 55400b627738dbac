package nl.berichtenbatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file work a run cannot leave out, alone: for each message the claim (an atomic rename into work/), reading it,
 * its answer written under a temporary name, forced to disk and renamed ({@link Outputs#writeAtomically}, on four
 * threads as {@code Outputs} does), and the move of the original to the archive. No parsing, no state, no audit
 * trail: a floor under the time of {@code process} on this machine's disk, next to xmllint, which writes and moves
 * nothing (README "Performance"). Only on request:
 * {@code mvn test -Dtest=FileWorkFloorBenchmarkTests -Dberichtenbatch.benchmark=true}, and
 * {@code -Dberichtenbatch.benchmark.files=N} for another number than 20,000.
 */
@EnabledIfSystemProperty(named = "berichtenbatch.benchmark", matches = "true")
class FileWorkFloorBenchmarkTests {

    /** About the size of a generated message; an answer is somewhat smaller. */
    private static final int MESSAGE_BYTES = 2_000;
    private static final int ANSWER_BYTES = 1_500;

    @TempDir
    Path dir;

    @Test
    void claimAnswerAndArchiveAlone() throws Exception {
        // given N messages waiting in inbox/
        int count = Integer.getInteger("berichtenbatch.benchmark.files", 20_000);
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path outbox = Files.createDirectories(dir.resolve("outbox"));
        Path archive = Files.createDirectories(dir.resolve("archive"));
        byte[] message = new byte[MESSAGE_BYTES];
        Arrays.fill(message, (byte) 'x');
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = String.format("%06d-message.xml", i);
            Files.write(inbox.resolve(name), message);
            names.add(name);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // when each is claimed and read on this thread, and answered and archived on four threads
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>(count);
        for (String name : names) {
            Path claimed = work.resolve(name);
            Files.move(inbox.resolve(name), claimed, StandardCopyOption.ATOMIC_MOVE);
            byte[] read = Files.readAllBytes(claimed);
            done.add(writers.submit(() -> {
                Outputs.writeAtomically(outbox.resolve("answer-" + name), Arrays.copyOf(read, ANSWER_BYTES));
                try {
                    Files.move(claimed, archive.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        for (Future<?> each : done) {
            each.get();
        }
        writers.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        // then every message is answered and archived, and nothing is left behind
        try (var left = Files.list(inbox); var working = Files.list(work); var answers = Files.list(outbox);
                var archived = Files.list(archive)) {
            assertThat(left.count()).isZero();
            assertThat(working.count()).isZero();
            assertThat(answers.filter(p -> !p.getFileName().toString().endsWith(".part")).count()).isEqualTo(count);
            assertThat(archived.count()).isEqualTo(count);
        }
        System.out.printf("file work alone (claim, read, answer forced to disk, archive), %d files of %d bytes in %s:%n"
                + "  %.1f s, %.0f files/s, %.3f ms per file, %.1f CPU s (%.3f ms per file)%n",
                count, MESSAGE_BYTES, dir, seconds, count / seconds, 1000 * seconds / count, cpu, 1000 * cpu / count);
    }
}
