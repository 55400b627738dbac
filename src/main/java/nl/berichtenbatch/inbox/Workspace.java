package nl.berichtenbatch.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The folders under {@code data-dir} (design.md 4.4); created when missing. */
public record Workspace(Path root) {

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    public Path inbox() {
        return root.resolve("inbox");
    }

    public Path outgoing() {
        return root.resolve("outgoing");
    }

    public Path outbox() {
        return root.resolve("outbox");
    }

    public Path accepted() {
        return root.resolve("accepted");
    }

    public Path rejected() {
        return root.resolve("rejected");
    }

    public Path outgoingRejected() {
        return root.resolve("outgoing-rejected");
    }

    public Path duplicates() {
        return root.resolve("duplicates");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path work() {
        return root.resolve("work");
    }

    public Path db() {
        return root.resolve("db");
    }

    public Path archive(LocalDate date) {
        return root.resolve("archive").resolve(String.format("%04d/%02d/%02d", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth()));
    }

    /** The claimed files of one run: {@code work/<run>/inbox} and {@code work/<run>/outgoing}. */
    public Path work(long run, String folder) {
        return work().resolve(Long.toString(run)).resolve(folder);
    }

    /** Creates every folder that is missing. */
    public Workspace create() {
        try {
            for (Path folder : new Path[] {inbox(), outgoing(), outbox(), accepted(), rejected(), outgoingRejected(),
                duplicates(), reports(), work(), db(), root.resolve("archive")}) {
                Files.createDirectories(folder);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folders under " + root + ": " + e.getMessage(), e);
        }
    }
}
