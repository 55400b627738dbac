package nl.berichtenbatch.job;

/** A run broke off on a technical failure (database, disk); it can be continued with {@code jobs restart}. */
public final class RunFailedException extends RuntimeException {

    private final long run;

    public RunFailedException(long run, Throwable cause) {
        super("run " + run + " failed: " + cause.getMessage(), cause);
        this.run = run;
    }

    public long run() {
        return run;
    }
}
