package nl.berichtenbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunLauncherCauseTests {

    @Test
    void theCauseIsTheInnermostExceptionOfTheFirstFailureThatWrapsOne() {
        // given a chunk failure that wraps an error of the read-ahead thread, after one without a cause
        Throwable plain = new IllegalStateException("no cause");
        Throwable wrapped = new RuntimeException("Unable to process chunk",
                new IllegalStateException(new OutOfMemoryError("Java heap space")));
        // then
        assertThat(RunLauncher.cause(List.of(plain, wrapped))).isEqualTo("java.lang.OutOfMemoryError: Java heap space");
        Throwable io = new RuntimeException("x", new UncheckedIOException("cannot read", new IOException()));
        assertThat(RunLauncher.cause(List.of(io))).isEqualTo("java.io.IOException");
        assertThat(RunLauncher.cause(List.of())).isNull();
    }

    @Test
    void aFailureThatWrapsNothingIsItsOwnCause() {
        // given failures thrown as they are: one of our own, and H2's when its write buffer cannot grow
        Throwable plain = new IllegalStateException("no cause");
        Throwable h2 = new OutOfMemoryError("Capacity: 53872732");
        // then the operator is told which (RunOutcome adds the memory hint for the second)
        assertThat(RunLauncher.cause(List.of(plain))).isEqualTo("java.lang.IllegalStateException: no cause");
        assertThat(RunLauncher.cause(List.of(h2))).isEqualTo("java.lang.OutOfMemoryError: Capacity: 53872732");
    }
}
