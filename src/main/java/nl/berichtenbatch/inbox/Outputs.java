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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transactional outbox of files: a file's outputs (answers to write, the file itself to move) are recorded in
 * the same transaction as its outcome, and carried out after the commit. Carrying one out twice does no harm, so a
 * restart simply carries out what is still open. Every file written for others appears atomically.
 */
public final class Outputs {

    private final JdbcClient jdbc;
    /** Targets planned in this process and not yet carried out: two plans never get the same name. */
    private final Set<Path> planned = new HashSet<>();

    public Outputs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Plans writing {@code content} to {@code target} (replaced if there). */
    public void write(long runId, Long runFileId, Path target, byte[] content) {
        jdbc.sql("insert into pending_output (run_id, run_file_id, action, target, content, done) values (?, ?, 'WRITE', ?, ?, false)")
                .params(runId, runFileId, target.toString(), content).update();
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
        jdbc.sql("insert into pending_output (run_id, run_file_id, action, source, target, done) values (?, ?, 'MOVE', ?, ?, false)")
                .params(runId, runFileId, source.toString(), target.toString()).update();
        planned.add(target);
        return target;
    }

    /** Carries out every open output (of every run, oldest first); returns how many. */
    public int carryOut() {
        record Open(long id, String action, String source, String target, byte[] content) {
        }
        List<Open> open = jdbc.sql("select id, action, source, target, content from pending_output where done = false order by id")
                .query((rs, n) -> new Open(rs.getLong("id"), rs.getString("action"), rs.getString("source"),
                        rs.getString("target"), rs.getBytes("content")))
                .list();
        for (Open output : open) {
            Path target = Path.of(output.target());
            if ("WRITE".equals(output.action())) {
                writeAtomically(target, output.content());
            } else {
                moveIfThere(Path.of(output.source()), target);
            }
            jdbc.sql("update pending_output set done = true, content = null where id = ?").param(output.id()).update();
            planned.remove(target);
        }
        return open.size();
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
