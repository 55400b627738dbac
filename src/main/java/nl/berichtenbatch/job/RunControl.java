package nl.berichtenbatch.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the operator's side sees of a run while it goes: a stop request (SIGTERM: finish the current files, then
 * stop cleanly) and progress (a line on a terminal, otherwise a log line every so many files).
 */
public final class RunControl {

    private static final Logger log = LoggerFactory.getLogger("nl.berichtenbatch.progress");
    private static final int LOG_EVERY = 100;

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final boolean terminal = System.console() != null;
    private volatile int total;
    private volatile long startedNanos;
    private volatile long lastPrinted;

    /** Asks the running job to finish the files in hand and stop; the rest waits for the next run. */
    public void requestStop() {
        stop.set(true);
    }

    public boolean stopRequested() {
        return stop.get();
    }

    void started(int files) {
        total = files;
        done.set(0);
        startedNanos = System.nanoTime();
    }

    void fileDone() {
        int count = done.incrementAndGet();
        long now = System.nanoTime();
        if (terminal) {
            if (now - lastPrinted > 200_000_000L || count == total) {
                lastPrinted = now;
                System.err.print("\r" + line(count, now) + (count == total ? System.lineSeparator() : ""));
                System.err.flush();
            }
        } else if (count % LOG_EVERY == 0) {
            log.info(line(count, now));
        }
    }

    private String line(int count, long now) {
        double seconds = Math.max(0.001, (now - startedNanos) / 1e9);
        double rate = count / seconds;
        long left = rate > 0 ? Math.round((total - count) / rate) : 0;
        return String.format("processed %d/%d files, %.0f files/s, about %s left", count, total, rate,
                format(Duration.ofSeconds(Math.max(0, left))));
    }

    private static String format(Duration duration) {
        return duration.toMinutes() > 0 ? duration.toMinutes() + " min " + duration.toSecondsPart() + " s"
                : duration.toSeconds() + " s";
    }
}
