package nl.berichtenbatch.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.berichtenbatch.job.RunControl;

/**
 * SIGTERM (or Ctrl-C) while a command runs the job: ask the run to finish the files in hand and stop, and keep the
 * JVM alive until the command has closed everything. A run never stops half-way through a file.
 */
final class GracefulStop implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile Thread sleeper;
    private volatile RunControl control;
    private volatile boolean stopAsked;

    /** Installed before the application context starts, so that it is closed before the JVM ends. */
    GracefulStop() {
        hook = new Thread(() -> {
            stopAsked = true;
            RunControl watched = control;
            if (watched != null) {
                watched.requestStop();
            }
            Thread waiting = sleeper;
            if (waiting != null) {
                waiting.interrupt();  // only a scheduler waiting for its next run is woken; a running job is not
            }
            try {
                finished.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "berichtenbatch-graceful-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The run to stop on SIGTERM; a stop asked before it was known is passed on at once. */
    void watch(RunControl runControl) {
        this.control = runControl;
        if (stopAsked) {
            runControl.requestStop();
        }
    }

    /** Sleeps until the given time, or until a stop is asked; returns false when stopped. */
    boolean sleepUntil(java.time.Instant when, RunControl control) {
        sleeper = Thread.currentThread();
        try {
            while (!control.stopRequested()) {
                long millis = java.time.Duration.between(java.time.Instant.now(), when).toMillis();
                if (millis <= 0) {
                    return true;
                }
                Thread.sleep(Math.min(millis, 1_000));
            }
            return false;
        } catch (InterruptedException e) {
            return false;
        } finally {
            sleeper = null;
        }
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already: the hook is running and now sees that we are done
        }
    }
}
