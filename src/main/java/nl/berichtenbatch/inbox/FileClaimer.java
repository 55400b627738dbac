package nl.berichtenbatch.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Claims the ready files of {@code inbox/} and {@code outgoing/} for a run: each by an atomic rename into
 * {@code work/<run>/}, so two processes never take the same file. Files younger than the settle time may still be
 * being written and wait for the next run; files that do not end in {@code .xml} are left alone and reported.
 */
public final class FileClaimer {

    private static final String[] FOLDERS = {RunFile.INBOX, RunFile.OUTGOING};

    /** What a claim did. */
    public record Claim(int claimed, List<Path> ignored, int waiting) {
    }

    private final Workspace workspace;
    private final RunFiles runFiles;
    private final Clock clock;
    private final int settleSeconds;

    public FileClaimer(Workspace workspace, RunFiles runFiles, Clock clock, int settleSeconds) {
        this.workspace = workspace;
        this.runFiles = runFiles;
        this.clock = clock;
        this.settleSeconds = settleSeconds;
    }

    /**
     * Moves ready files into the run's work folders, then registers every file there that is not registered yet,
     * in arrival order (modification time, then name). Safe to repeat after a crash: files already moved are
     * registered the second time.
     */
    public Claim claim(long runId) {
        List<Path> ignored = new ArrayList<>();
        int waiting = 0;
        Instant settled = clock.instant().minusSeconds(settleSeconds);
        for (String folder : FOLDERS) {
            Path source = folder.equals(RunFile.INBOX) ? workspace.inbox() : workspace.outgoing();
            Path target = workspace.work(runId, folder);
            createDirectories(target);
            for (Path file : list(source)) {
                if (!isXml(file)) {
                    ignored.add(file);
                } else if (modified(file).isAfter(settled)) {
                    waiting++;
                } else {
                    moveAtomically(file, target.resolve(file.getFileName()));
                }
            }
        }
        return new Claim(register(runId), ignored, waiting);
    }

    /** Whether inbox/ or outgoing/ holds an .xml file: a scheduler makes no run when there is nothing to do. */
    public boolean hasWork() {
        return list(workspace.inbox()).stream().anyMatch(FileClaimer::isXml)
                || list(workspace.outgoing()).stream().anyMatch(FileClaimer::isXml);
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
            for (Path file : list(source)) {
                moveAtomically(file, target.resolve(file.getFileName()));
            }
        }
    }

    /** Gives the unfinished files of an abandoned run back to inbox/ and outgoing/; returns how many. */
    public int release(long runId) {
        int released = 0;
        for (String folder : FOLDERS) {
            Path source = workspace.work(runId, folder);
            Path target = folder.equals(RunFile.INBOX) ? workspace.inbox() : workspace.outgoing();
            for (Path file : list(source)) {
                Path back = target.resolve(file.getFileName());
                if (Files.exists(back)) {
                    back = target.resolve("released-r" + runId + "-" + file.getFileName());
                }
                moveAtomically(file, back);
                released++;
            }
        }
        return released;
    }

    private int register(long runId) {
        record Found(String folder, Path file, Instant modified) {
        }
        List<Found> found = new ArrayList<>();
        java.util.Set<String> registered = runFiles.registered(runId);
        for (String folder : FOLDERS) {
            for (Path file : list(workspace.work(runId, folder))) {
                if (!registered.contains(folder + "/" + file.getFileName())) {
                    found.add(new Found(folder, file, modified(file)));
                }
            }
        }
        found.sort(Comparator.comparing(Found::modified).thenComparing(f -> f.file().getFileName().toString()));
        runFiles.register(runId, runFiles.nextSeq(runId), found.stream()
                .map(f -> new RunFiles.Found(f.folder(), f.file().getFileName().toString(), f.modified())).toList());
        return found.size();
    }

    private static boolean isXml(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
