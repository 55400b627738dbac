package nl.berichtenbatch.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves on by a fixed step each time it is read, so every event has its own known time. */
final class StepClock extends Clock {

    private final Instant start;
    private final Duration step;
    private final AtomicLong reads = new AtomicLong();

    StepClock(Instant start, Duration step) {
        this.start = start;
        this.step = step;
    }

    /** The time the n-th read (from 0) returns. */
    Instant at(long n) {
        return start.plus(step.multipliedBy(n));
    }

    @Override
    public Instant instant() {
        return at(reads.getAndIncrement());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
