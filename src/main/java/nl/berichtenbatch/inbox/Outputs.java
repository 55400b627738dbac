package nl.berichtenbatch.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.berichtenbatch.state.BeforeCommit;
import nl.berichtenbatch.state.Gzip;
import nl.berichtenbatch.state.MultiRowInsert;

/**
 * The transactional outbox of files: a file's outputs (answers to write, the file itself to move) are recorded in
 * the same transaction as its outcome, and carried out after the commit. Carrying one out twice does no harm, so a
 * restart simply carries out what is still open. Every file written for others appears atomically.
 */
public final class Outputs implements AutoCloseable {

    /** Outputs read and carried out at a time. */
    private static final int PAGE = 500;
    /** Files written side by side: each waits for its fsync, which the disk can do for several at once. */
    private static final int WRITERS = 4;

    private static final Logger LOG = LoggerFactory.getLogger(Outputs.class);

    private final JdbcClient jdbc;
    /** Marks a carried-out page done in one transaction (one commit, not one per output). */
    private final TransactionOperations transactions;
    private final Runnable durable;
    /**
     * Targets planned in this process and not yet carried out: two plans never get the same name. Concurrent: the
     * background carrier removes what it carried out while the run plans more.
     */
    private final Set<Path> planned = ConcurrentHashMap.newKeySet();
    /** Carries out what committed chunks planned while the run goes on (see {@link #carryOutSoon()}). */
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outputs");
        thread.setDaemon(true);
        return thread;
    });
    /** A background carry-out is queued and has not started yet: a second request adds nothing. */
    private final AtomicBoolean queued = new AtomicBoolean();
    /** The least time between the starts of two background carry-outs. */
    private static final long BACKGROUND_INTERVAL_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);
    /** Counted down when the outputs close: a background carry-out still waiting for its interval is dropped. */
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);
    /** When the last background carry-out started (only the background thread reads and writes it). */
    private long lastBackgroundStart = System.nanoTime() - BACKGROUND_INTERVAL_NANOS;

    /** Outputs whose pages are marked done statement by statement (tests on a bare data source). */
    public Outputs(JdbcClient jdbc) {
        this(jdbc, TransactionOperations.withoutTransaction(), () -> { });
    }

    /**
     * @param durable makes every committed transaction durable (on disk); called before outputs are carried out, so
     *                that no file is written or moved for an outcome that a crash could still take back. A database
     *                whose commits are durable by themselves (PostgreSQL) needs nothing here.
     */
    public Outputs(JdbcClient jdbc, TransactionOperations transactions, Runnable durable) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.durable = durable;
        this.plans = new BeforeCommit<>(InHand::new, this::insert);
    }

    /**
     * Starts carrying out the open outputs on a background thread and returns at once; called after each chunk's
     * commit, so that answers appear and files move while the run processes the next chunk, and the outbox table
     * stays small. A failure there is logged and left: the outputs stay open, and the {@link #carryOut()} at the
     * end of the run (or of the next run) carries them out or reports the failure.
     */
    public void carryOutSoon() {
        if (background.isShutdown() || !queued.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                // at most one carry-out per interval: each first forces the database to disk, which costs the run
                // more the more often it happens; requests meanwhile are answered by this one
                long wait = lastBackgroundStart + BACKGROUND_INTERVAL_NANOS - System.nanoTime();
                try {
                    if (closing.await(Math.max(wait, 0), java.util.concurrent.TimeUnit.NANOSECONDS)) {
                        return;  // closing: the run's end (or the next run) carries out what is open; exit at once
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (!queued.compareAndSet(true, false)) {
                    return;  // a carry-out by the run itself took this one's place (see carryOut())
                }
                lastBackgroundStart = System.nanoTime();
                try {
                    carryOutOpen();
                } catch (RuntimeException e) {
                    LOG.warn("Carrying out planned outputs failed; they stay planned and are retried at the end of "
                            + "the run: {}", e.getMessage());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            queued.set(false);  // closing: the next run carries them out
        }
    }

    /** Plans writing {@code content} to {@code target} (replaced if there). */
    public void write(long runId, Long runFileId, Path target, byte[] content) {
        // a large answer (the 325 to a declaration of 20,000 clients: some 25 MB) waits compressed in the heap and the
        // database until it is written; small ones, nearly all, as they are
        boolean large = content.length >= Gzip.FROM;
        plan(new Planned(runId, runFileId, "WRITE", null, target.toString(), large ? Gzip.compress(content) : content,
                large));
        planned.add(target);
    }

    /**
     * Plans moving {@code source} into {@code folder}, under its own name or, when that is taken, a name made
     * unique with the run and file: nothing is ever overwritten. Returns the planned target.
     */
    public Path move(long runId, Long runFileId, Path source, Path folder, int seq) {
        Path target = folder.resolve(source.getFileName());
        if (Files.exists(target) || planned.contains(target)) {
            String name = source.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = dot < 0 ? name : name.substring(0, dot);
            String extension = dot < 0 ? "" : name.substring(dot);
            target = folder.resolve(base + "-r" + runId + "-" + seq + extension);
        }
        plan(new Planned(runId, runFileId, "MOVE", source.toString(), target.toString(), null, false));
        planned.add(target);
        return target;
    }

    /** One planned output, as it is inserted; {@code compressed}: the content is gzipped. */
    private record Planned(long runId, Long runFileId, String action, String source, String target, byte[] content,
            boolean compressed) {
    }

    private static final MultiRowInsert<Planned> PLAN = new MultiRowInsert<>(
            "pending_output (run_id, run_file_id, action, source, target, content, compressed, done)",
            "(?, ?, ?, ?, ?, ?, ?, false)", 100, (row, params) -> {
                params.add(row.runId());
                params.add(new SqlParameterValue(Types.BIGINT, row.runFileId()));
                params.add(row.action());
                params.add(new SqlParameterValue(Types.VARCHAR, row.source()));
                params.add(row.target());
                params.add(new SqlParameterValue(Types.VARBINARY, row.content()));
                params.add(row.compressed());
            });

    /**
     * Content bytes of plans kept in hand in a transaction; beyond it they are inserted at once, in the same
     * transaction, so that a chunk of large answers does not hold them all until its commit.
     */
    static final int BYTES_IN_HAND = 4 * 1024 * 1024;

    /** The plans of a transaction not inserted yet, and their content bytes. */
    private static final class InHand {
        final List<Planned> rows = new ArrayList<>();
        long bytes;
    }

    /** The plans of a transaction, inserted together just before its commit (or earlier: {@link #BYTES_IN_HAND}). */
    private final BeforeCommit<InHand> plans;

    /**
     * Records a planned output in the caller's transaction. Inside a transaction the plans are kept and inserted
     * together just before its commit (a run plans two or three outputs per file: a statement for each cost more than
     * the rows), or as soon as they hold more than {@link #BYTES_IN_HAND}; outside one (tests, tools), and while the
     * transaction commits, at once.
     */
    private void plan(Planned output) {
        if (!TransactionSynchronizationManager.isSynchronizationActive() || plans.written()) {
            PLAN.insert(jdbc, List.of(output));
            return;
        }
        InHand inHand = plans.state();
        inHand.rows.add(output);
        inHand.bytes += output.content() == null ? 0 : output.content().length;
        if (inHand.bytes > BYTES_IN_HAND) {
            insert(inHand);
        }
    }

    private void insert(InHand inHand) {
        PLAN.insert(jdbc, inHand.rows);
        inHand.rows.clear();
        inHand.bytes = 0;
    }

    /**
     * Lets a background carry-out that has started finish (so no answer is left half-written when the process ends)
     * and starts no new one; what is still open is carried out by the next run. Spring calls this when the
     * application context closes.
     */
    @Override
    public void close() {
        closing.countDown();  // a carry-out waiting for its interval does not start
        background.shutdown();
        try {
            if (!background.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)) {
                LOG.warn("Carrying out planned outputs did not finish within 2 minutes; the next run completes it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Carries out every open output (of every run, oldest first); returns how many. A page at a time, so that memory
     * stays flat however many outputs wait; within a page the files are written on a few threads, because each one is
     * forced to disk and the disk can take several at once (outputs to the same target keep their order).
     */
    public int carryOut() {
        // a background carry-out still waiting for its interval is dropped: this one does its work. Otherwise it
        // would start after this one, inside a transaction that has not committed yet (the run's finishing step), see
        // the same outputs still open, write them again and wait for their rows until the lock timeout.
        queued.set(false);
        return carryOutOpen();
    }

    private synchronized int carryOutOpen() {
        int done = 0;
        long after = 0;
        // only what was committed before the database was made durable is carried out: the bound first, then durable
        // (and nothing to force when nothing is open)
        long last = jdbc.sql("select coalesce(max(id), 0) from pending_output where done = false")
                .query(Long.class).single();
        if (last == 0) {
            return 0;
        }
        durable.run();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, runnable -> {
            Thread thread = new Thread(runnable, "outputs-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (true) {
                List<Open> page = jdbc.sql("""
                        select id, action, source, target, content, compressed from pending_output
                        where done = false and id > ? and id <= ? order by done, id fetch first ? rows only""")
                        .params(after, last, PAGE)
                        .query((rs, n) -> new Open(rs.getLong("id"), rs.getString("action"), rs.getString("source"),
                                rs.getString("target"), rs.getBytes("content"), rs.getBoolean("compressed")))
                        .list();
                if (page.isEmpty()) {
                    return done;
                }
                carryOut(page, writers);
                transactions.executeWithoutResult(status -> {
                    for (Open output : page) {
                        jdbc.sql("update pending_output set done = true, content = null where id = ?")
                                .param(output.id()).update();
                    }
                });
                page.forEach(output -> planned.remove(Path.of(output.target())));
                done += page.size();
                after = page.get(page.size() - 1).id();
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private record Open(long id, String action, String source, String target, byte[] content, boolean compressed) {
    }

    /** Carries out one page: the outputs of each target in order, different targets side by side. */
    private static void carryOut(List<Open> page, ExecutorService writers) {
        Map<String, List<Open>> byTarget = new LinkedHashMap<>();
        for (Open output : page) {
            byTarget.computeIfAbsent(output.target(), t -> new ArrayList<>()).add(output);
        }
        List<Future<?>> running = new ArrayList<>();
        for (List<Open> outputs : byTarget.values()) {
            running.add(writers.submit(() -> outputs.forEach(Outputs::carryOut)));
        }
        RuntimeException failure = null;
        for (Future<?> task : running) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the outputs", e);
            }
        }
        if (failure != null) {
            throw failure;  // none of the page is marked done; carrying out again does no harm
        }
    }

    private static void carryOut(Open output) {
        Path target = Path.of(output.target());
        if ("WRITE".equals(output.action())) {
            writeAtomically(target, output.compressed() ? Gzip.expand(output.content()) : output.content());
        } else {
            moveIfThere(Path.of(output.source()), target);
        }
    }

    /** Writes under a temporary name in the same folder, forces it to disk, then renames. */
    static void writeAtomically(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling("." + target.getFileName() + ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void moveIfThere(Path source, Path target) {
        if (!Files.exists(source)) {
            return;  // moved before a crash: nothing left to do
        }
        try {
            Files.createDirectories(target.getParent());
            move(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + source + " to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
