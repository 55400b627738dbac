package nl.berichtenbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

import nl.berichtenbatch.job.RunLauncher;

class RunOutcomeTests {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int print(RunLauncher.Result result) throws IOException {
        return RunOutcome.print(null, result, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aRunThatRanOutOfMemorySaysSoAndHowToContinueIt() throws IOException {
        // given a run whose chunk failed on an OutOfMemoryError, which Spring Batch reports as "Unable to process chunk"
        RunLauncher.Result result = new RunLauncher.Result(7, BatchStatus.FAILED,
                "org.springframework.batch.core.step.FatalStepExecutionException: Unable to process chunk\n\tat x.y(Z.java:1)",
                null, "java.lang.OutOfMemoryError: Java heap space");
        // when
        int exit = print(result);
        // then
        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString().lines()).containsExactly(
                "berichtenbatch: run 7 failed: org.springframework.batch.core.step.FatalStepExecutionException: "
                        + "Unable to process chunk (cause: java.lang.OutOfMemoryError: Java heap space) "
                        + "(continue it with: berichtenbatch jobs restart 7)",
                "berichtenbatch: the JVM ran out of memory; give it more and continue the run, e.g. "
                        + "BERICHTENBATCH_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx4g\" berichtenbatch jobs restart 7");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFailureWithoutADeeperCauseIsItsFirstLine() throws IOException {
        // given
        RunLauncher.Result result = new RunLauncher.Result(8, BatchStatus.FAILED,
                "java.lang.IllegalStateException: disk full\n\tat x.y(Z.java:1)", null, null);
        // when
        print(result);
        // then
        assertThat(err.toString().lines()).containsExactly("berichtenbatch: run 8 failed: "
                + "java.lang.IllegalStateException: disk full (continue it with: berichtenbatch jobs restart 8)");
    }

    @Test
    void anOutOfMemoryErrorThrownAsItIsIsNamedOnceWithTheHint() throws IOException {
        // given a step that failed on the error itself (no wrapper): its description and its cause are the same
        RunLauncher.Result result = new RunLauncher.Result(9, BatchStatus.FAILED,
                "java.lang.OutOfMemoryError: Java heap space\n\tat x.y(Z.java:1)", null,
                "java.lang.OutOfMemoryError: Java heap space");
        // when
        print(result);
        // then
        assertThat(err.toString().lines()).containsExactly("berichtenbatch: run 9 failed: "
                        + "java.lang.OutOfMemoryError: Java heap space (continue it with: berichtenbatch jobs restart 9)",
                "berichtenbatch: the JVM ran out of memory; give it more and continue the run, e.g. "
                        + "BERICHTENBATCH_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx4g\" berichtenbatch jobs restart 9");
    }
}
