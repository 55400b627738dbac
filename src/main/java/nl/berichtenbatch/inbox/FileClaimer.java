package nl.berichtenbatch.inbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Claims the ready files of {@code inbox/} and {@code outgoing/} for a run: each by an atomic rename into
 * {@code work/<run>/}, so two processes never take the same file. Files younger than the settle time may still be
 * being written and wait for the next run; files that do not end in {@code .xml} are left alone and reported.
 */
public final class FileClaimer {

    private static final String[] FOLDERS = {RunFile.INBOX, RunFile.OUTGOING};

    /** Files sorted in memory at a time; more are sorted in runs on disk and merged (memory stays flat). */
    static final int SORTED_IN_MEMORY = 50_000;

    /** Files registered per call of {@link RunFiles#register}. */
    private static final int REGISTERED_AT_ONCE = 1_000;

    /** What a claim did. */
    public record Claim(int claimed, List<Path> ignored, int waiting) {
    }

    private final Workspace workspace;
    private final RunFiles runFiles;
    private final Clock clock;
    private final int settleSeconds;
    private final int sortedInMemory;

    public FileClaimer(Workspace workspace, RunFiles runFiles, Clock clock, int settleSeconds) {
        this(workspace, runFiles, clock, settleSeconds, SORTED_IN_MEMORY);
    }

    FileClaimer(Workspace workspace, RunFiles runFiles, Clock clock, int settleSeconds, int sortedInMemory) {
        this.workspace = workspace;
        this.runFiles = runFiles;
        this.clock = clock;
        this.settleSeconds = settleSeconds;
        this.sortedInMemory = sortedInMemory;
    }

    /**
     * Moves ready files into the run's work folders, then registers every file there that is not registered yet,
     * in arrival order (modification time, then name). Safe to repeat after a crash: files already moved are
     * registered the second time.
     */
    public Claim claim(long runId) {
        List<Path> ignored = new ArrayList<>();
        Instant settled = clock.instant().minusSeconds(settleSeconds);
        int[] waiting = {0};
        for (String folder : FOLDERS) {
            Path source = folder.equals(RunFile.INBOX) ? workspace.inbox() : workspace.outgoing();
            Path target = workspace.work(runId, folder);
            createDirectories(target);
            eachFile(source, entry -> {
                Path file = entry.file();
                if (!isXml(file)) {
                    ignored.add(file);
                } else if (entry.modified().isAfter(settled)) {
                    waiting[0]++;
                } else {
                    moveAtomically(file, target.resolve(file.getFileName()));
                }
                return true;
            });
        }
        ignored.sort(Comparator.naturalOrder());
        return new Claim(register(runId), ignored, waiting[0]);
    }

    /** Whether inbox/ or outgoing/ holds an .xml file: a scheduler makes no run when there is nothing to do. */
    public boolean hasWork() {
        return hasXml(workspace.inbox()) || hasXml(workspace.outgoing());
    }

    private static boolean hasXml(Path folder) {
        boolean[] found = {false};
        eachFile(folder, entry -> {
            found[0] = isXml(entry.file());
            return !found[0];  // stop at the first
        });
        return found[0];
    }

    /** Takes over the unfinished files of an interrupted run, so that a new run processes them first. */
    public void adopt(long fromRun, long toRun) {
        for (String folder : FOLDERS) {
            Path source = workspace.work(fromRun, folder);
            if (!Files.isDirectory(source)) {
                continue;
            }
            Path target = workspace.work(toRun, folder);
            createDirectories(target);
            eachFile(source, entry -> {
                moveAtomically(entry.file(), target.resolve(entry.file().getFileName()));
                return true;
            });
        }
    }

    /** Gives the unfinished files of an abandoned run back to inbox/ and outgoing/; returns how many. */
    public int release(long runId) {
        int[] released = {0};
        for (String folder : FOLDERS) {
            Path source = workspace.work(runId, folder);
            Path target = folder.equals(RunFile.INBOX) ? workspace.inbox() : workspace.outgoing();
            eachFile(source, entry -> {
                Path file = entry.file();
                Path back = target.resolve(file.getFileName());
                if (Files.exists(back)) {
                    back = target.resolve("released-r" + runId + "-" + file.getFileName());
                }
                moveAtomically(file, back);
                released[0]++;
                return true;
            });
        }
        return released[0];
    }

    /**
     * Registers the files in the work folders that are not registered yet, in arrival order, a thousand at a time;
     * however many there are, at most {@code sortedInMemory} are held at once ({@link ArrivalOrder}).
     */
    private int register(long runId) {
        Set<String> registered = runFiles.registered(runId);
        int[] count = {0};
        int[] seq = {runFiles.nextSeq(runId)};
        List<RunFiles.Found> batch = new ArrayList<>(REGISTERED_AT_ONCE);
        try (ArrivalOrder order = new ArrivalOrder(sortedInMemory)) {
            for (String folder : FOLDERS) {
                eachFile(workspace.work(runId, folder), entry -> {
                    String name = entry.file().getFileName().toString();
                    if (!registered.contains(folder + "/" + name)) {
                        order.add(new RunFiles.Found(folder, name, entry.modified()));
                    }
                    return true;
                });
            }
            order.forEachInOrder(found -> {
                batch.add(found);
                if (batch.size() == REGISTERED_AT_ONCE) {
                    runFiles.register(runId, seq[0], batch);
                    seq[0] += batch.size();
                    count[0] += batch.size();
                    batch.clear();
                }
            });
        }
        runFiles.register(runId, seq[0], batch);
        return count[0] + batch.size();
    }

    /**
     * Sorts found files by arrival (modification time, then name; inbox before outgoing for the same name and time)
     * in bounded memory: up to {@code inMemory} at a time; beyond that, sorted runs go to temporary files and are
     * merged. The temporary files hold folder, name and time only, and are deleted on close.
     */
    static final class ArrivalOrder implements Closeable {

        static final Comparator<RunFiles.Found> ORDER = Comparator.comparing(RunFiles.Found::modified)
                .thenComparing(RunFiles.Found::name)
                .thenComparing(f -> RunFile.INBOX.equals(f.folder()) ? 0 : 1);

        private final int inMemory;
        private final List<RunFiles.Found> held = new ArrayList<>();
        private final List<Path> runs = new ArrayList<>();

        ArrivalOrder(int inMemory) {
            this.inMemory = inMemory;
        }

        void add(RunFiles.Found found) {
            held.add(found);
            if (held.size() >= inMemory) {
                spill();
            }
        }

        /** How many sorted runs went to disk (0: everything was sorted in memory). */
        int spilled() {
            return runs.size();
        }

        void forEachInOrder(Consumer<RunFiles.Found> each) {
            if (runs.isEmpty()) {
                held.sort(ORDER);
                held.forEach(each);
                return;
            }
            if (!held.isEmpty()) {
                spill();
            }
            merge(each);
        }

        private void spill() {
            held.sort(ORDER);
            try {
                Path run = Files.createTempFile("berichtenbatch-claim-", ".sort");
                runs.add(run);
                try (DataOutputStream out = new DataOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(run)))) {
                    for (RunFiles.Found found : held) {
                        out.writeUTF(found.folder());
                        out.writeUTF(found.name());
                        out.writeLong(found.modified().getEpochSecond());
                        out.writeInt(found.modified().getNano());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot sort the claimed files: " + e.getMessage(), e);
            }
            held.clear();
        }

        private void merge(Consumer<RunFiles.Found> each) {
            record Head(RunFiles.Found found, DataInputStream in) {
            }
            List<DataInputStream> inputs = new ArrayList<>();
            try {
                PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::found, ORDER));
                for (Path run : runs) {
                    DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run)));
                    inputs.add(in);
                    RunFiles.Found first = next(in);
                    if (first != null) {
                        heads.add(new Head(first, in));
                    }
                }
                while (!heads.isEmpty()) {
                    Head head = heads.poll();
                    each.accept(head.found());
                    RunFiles.Found following = next(head.in());
                    if (following != null) {
                        heads.add(new Head(following, head.in()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot sort the claimed files: " + e.getMessage(), e);
            } finally {
                for (DataInputStream in : inputs) {
                    try {
                        in.close();
                    } catch (IOException e) {
                        // a temporary file that is deleted next
                    }
                }
            }
        }

        private static RunFiles.Found next(DataInputStream in) throws IOException {
            String folder;
            try {
                folder = in.readUTF();
            } catch (EOFException e) {
                return null;
            }
            return new RunFiles.Found(folder, in.readUTF(), Instant.ofEpochSecond(in.readLong(), in.readInt()));
        }

        @Override
        public void close() {
            for (Path run : runs) {
                try {
                    Files.deleteIfExists(run);
                } catch (IOException e) {
                    // left in the temporary folder; it holds names and times, nothing of a message
                }
            }
            runs.clear();
        }
    }

    private static boolean isXml(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    /** A regular file of a folder with its modification time, read in the one look at its attributes. */
    private record Entry(Path file, Instant modified) {
    }

    /**
     * Hands the regular files of a folder (not the hidden ones) to {@code each} one by one, without listing the folder
     * into memory, until it returns false. A file gone between the listing and the look at it (claimed by another
     * process) is skipped.
     */
    private static void eachFile(Path folder, Predicate<Entry> each) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    continue;
                }
                if (attributes.isRegularFile()
                        && !each.test(new Entry(file, attributes.lastModifiedTime().toInstant()))) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        } catch (DirectoryIteratorException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
        }
    }

    /** An atomic rename; a file another process claimed first (gone, or already there) is skipped. */
    private static void moveAtomically(Path file, Path target) {
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            // taken by another process in the meantime
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("the work folder must be on the same file system as the inbox: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim " + file + ": " + e.getMessage(), e);
        }
    }
}
