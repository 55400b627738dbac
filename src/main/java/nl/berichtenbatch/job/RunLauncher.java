package nl.berichtenbatch.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.NestedExceptionUtils;

import nl.berichtenbatch.contract.Contracts;

/** Starts a run, or restarts a failed one, and keeps the run table in step with the job. */
public final class RunLauncher {

    /** The standard's dates are Dutch dates: the run date is today in the Netherlands. */
    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /**
     * How a run ended; {@code skipped} says why no run was made (another process was running one); {@code cause} is
     * the innermost exception of a failed run ({@link #cause}: Spring Batch wraps, e.g., an {@code OutOfMemoryError}
     * in "Unable to process chunk"), null for a run that completed.
     */
    public record Result(long run, BatchStatus status, String exitDescription, String skipped, String cause) {

        public boolean completed() {
            return status == BatchStatus.COMPLETED;
        }

        static Result skipped(String why) {
            return new Result(0, null, null, why, null);
        }
    }

    /**
     * The innermost cause of the first failure that has one, as "class: message"; when none has, the first failure
     * itself (an OutOfMemoryError thrown in the step is such a failure, and the operator's hint depends on its class);
     * null when there is no failure.
     */
    static String cause(List<Throwable> failures) {
        for (Throwable failure : failures) {
            Throwable root = NestedExceptionUtils.getRootCause(failure);
            if (root != null) {
                return describe(root);
            }
        }
        return failures.isEmpty() ? null : describe(failures.get(0));
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + failure.getMessage();
    }

    /** What to do when another process holds the run lock. */
    public enum WhenBusy { WAIT, SKIP }

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final Runs runs;
    private final RunLock lock;
    private final Clock clock;
    private final Contracts contracts;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job processMessagesJob, Runs runs,
            RunLock lock, Clock clock, Contracts contracts) {
        this.contracts = contracts;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = processMessagesJob;
        this.runs = runs;
        this.lock = lock;
        this.clock = clock;
    }

    /** One run now; waits while another process runs one (and says so through {@code waiting}). */
    public Result process() throws Exception {
        return process(WhenBusy.WAIT, message -> { });
    }

    public Result process(WhenBusy whenBusy, java.util.function.Consumer<String> waiting) throws Exception {
        return process(whenBusy, waiting, null);
    }

    /**
     * One run with a fixed run date (the receiver's "system date" of the rules and deadlines), e.g. to replay a past
     * night; null is today in the Netherlands. Timestamps (audit trail, report times) stay real.
     */
    public Result process(WhenBusy whenBusy, java.util.function.Consumer<String> waiting, LocalDate runDate)
            throws Exception {
        contracts.requireUsable();
        return underLock(whenBusy, waiting, () -> startRun(runDate == null ? today() : runDate));
    }

    /** Today in the Netherlands by the configured clock: the default run date. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }

    private Result startRun(LocalDate runDate) throws Exception {
        long run = runs.start(runDate);
        lock.renew(run);
        JobParameters parameters = new JobParametersBuilder()
                .addLong(ProcessMessagesJobConfiguration.RUN, run)
                .addString(ProcessMessagesJobConfiguration.RUN_DATE, runDate.toString())
                .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(job, parameters);
        } catch (RuntimeException e) {
            throw new RunFailedException(run, e);
        }
        return ended(run, execution);
    }

    /** Continues a failed or interrupted run where it stopped. */
    public Result restart(long run) throws Exception {
        contracts.requireUsable();
        return underLock(WhenBusy.WAIT, message -> { }, () -> restartRun(run));
    }

    /** Runs the work while holding the run lock, renewing the lease until it is done. */
    private Result underLock(WhenBusy whenBusy, java.util.function.Consumer<String> waiting,
            java.util.concurrent.Callable<Result> work) throws Exception {
        boolean told = false;
        while (!lock.tryAcquire()) {
            String holder = lock.holder().map(h -> h.owner() + (h.run() == null ? "" : " (run " + h.run() + ")"))
                    .orElse("another process");
            if (whenBusy == WhenBusy.SKIP) {
                return Result.skipped(holder + " is running the job");
            }
            if (!told) {
                waiting.accept("waiting: " + holder + " is running the job");
                told = true;
            }
            Thread.sleep(2_000);
        }
        java.util.concurrent.ScheduledExecutorService heartbeat = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(r -> {
                    Thread thread = new Thread(r, "run-lock-heartbeat");
                    thread.setDaemon(true);
                    return thread;
                });
        heartbeat.scheduleAtFixedRate(() -> {
            try {
                lock.renew(null);
            } catch (RuntimeException e) {
                // a missed renewal is retried at the next beat; the lease is much longer than the beat
            }
        }, 30, 30, java.util.concurrent.TimeUnit.SECONDS);
        try {
            return work.call();
        } finally {
            heartbeat.shutdownNow();
            try {
                lock.release();
            } catch (RuntimeException e) {
                // the database is gone: the lease expires by itself, and a dead holder on this host gives way at once
            }
        }
    }

    private Result restartRun(long run) throws Exception {
        Runs.Run row = runs.find(run).orElseThrow(() -> new IllegalArgumentException("no run " + run));
        if ("COMPLETED".equals(row.status())) {
            throw new IllegalArgumentException("run " + run + " completed; there is nothing to restart");
        }
        if ("ABANDONED".equals(row.status())) {
            throw new IllegalArgumentException("run " + run + " was abandoned; its files went to a later run");
        }
        JobExecution last = jobRepository.getJobExecution(row.jobExecutionId());
        if (last == null) {
            throw new IllegalArgumentException("run " + run + " has no job execution to restart");
        }
        if (last.getStatus().isRunning()) {
            // killed while running: nothing will ever finish it, so mark it failed before restarting
            last = jobOperator.recover(last);
        }
        // a step whose rollback failed (the database went away) is UNKNOWN, which Spring Batch will not restart, and
        // one whose end was never written (the job's was) still says it runs, which Spring Batch takes for another
        // process running the job; we hold the run lock, so nothing runs it. Our steps can be redone safely (claims
        // and outputs are idempotent, each file's outcome is in its own state)
        for (var step : last.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED);
                if (step.getEndTime() == null) {
                    step.setEndTime(java.time.LocalDateTime.now(clock));
                }
                jobRepository.update(step);
            }
        }
        if (last.getStatus() == BatchStatus.UNKNOWN) {
            last.setStatus(BatchStatus.FAILED);
            jobRepository.update(last);
        }
        JobExecution execution;
        try {
            execution = jobOperator.restart(last);
        } catch (RuntimeException e) {
            throw new RunFailedException(run, e);
        }
        return ended(run, execution);
    }

    /**
     * Gives up a failed or interrupted run: what it still had to write is written, and the files it claimed but did
     * not finish go back to inbox/ and outgoing/ for the next run. Nothing is lost.
     */
    public int abandon(long run, nl.berichtenbatch.inbox.Outputs outputs, nl.berichtenbatch.inbox.FileClaimer claimer)
            throws Exception {
        Runs.Run row = runs.find(run).orElseThrow(() -> new IllegalArgumentException("no run " + run));
        if ("COMPLETED".equals(row.status()) || "ABANDONED".equals(row.status())) {
            throw new IllegalArgumentException("run " + run + " is " + row.status().toLowerCase()
                    + "; only a failed or interrupted run can be abandoned");
        }
        if (!lock.tryAcquire()) {
            throw new IllegalArgumentException("another process is running the job; abandon the run when it is done");
        }
        try {
            outputs.carryOut();
        } finally {
            lock.release();
        }
        int released = claimer.release(run);
        runs.markReleased(run);
        if (row.jobExecutionId() != null) {
            JobExecution last = jobRepository.getJobExecution(row.jobExecutionId());
            if (last != null && last.getStatus().isRunning()) {
                last = jobOperator.recover(last);
            }
            if (last != null && !last.getStatus().isRunning() && last.getStatus() != BatchStatus.ABANDONED) {
                jobOperator.abandon(last);
            }
        }
        return released;
    }

    private Result ended(long run, JobExecution execution) {
        try {
            runs.execution(run, execution.getId());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                runs.status(run, "FAILED");
            }
        } catch (RuntimeException e) {
            throw new RunFailedException(run, e);
        }
        return new Result(run, execution.getStatus(), execution.getExitStatus().getExitDescription(), null,
                execution.getStatus() == BatchStatus.COMPLETED ? null : cause(execution.getAllFailureExceptions()));
    }
}
