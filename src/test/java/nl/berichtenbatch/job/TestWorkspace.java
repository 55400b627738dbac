package nl.berichtenbatch.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.cli.Cli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A data-dir with a configuration for functional tests: drop files, run {@code process}, look at the folders. */
final class TestWorkspace {

    static final String KEY = "test-pseudonym-key-0123456789";

    record Run(int exitCode, String out, String err) {
    }

    private final Path root;
    private final Path config;
    private int dropped;

    TestWorkspace(Path root, String role, String identity) {
        this(root, role, identity, "");
    }

    /** With extra configuration, e.g. the datasource of a PostgreSQL database. */
    TestWorkspace(Path root, String role, String identity, String extraYaml) {
        this.root = root;
        this.config = root.resolve("application.yml");
        write(config, (extraYaml.startsWith("berichtenbatch:") ? "" : extraYaml) + """
                berichtenbatch:
                  role: %s
                  identities: [ "%s" ]
                  data-dir: %s
                  inbox:
                    settle-seconds: 0
                  privacy:
                    pseudonym-key: %s
                """.formatted(role, identity, root.resolve("data"), KEY)
                + (extraYaml.startsWith("berichtenbatch:") ? extraYaml.substring("berichtenbatch:\n".length()) : ""));
    }

    static String sample(String standard, String name) {
        try {
            return Files.readString(Path.of("sample-messages", standard, name.startsWith("wrong/") ? "" : "valid", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path data() {
        return root.resolve("data");
    }

    Path config() {
        return config;
    }

    /** Drops a file into inbox/; files dropped later arrive later (modification time). */
    Path inbox(String name, String content) {
        return drop("inbox", name, content);
    }

    Path outgoing(String name, String content) {
        return drop("outgoing", name, content);
    }

    private Path drop(String folder, String name, String content) {
        Path file = data().resolve(folder).resolve(name);
        write(file, content);
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(dropped++)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--config", config.toString()));
        all.addAll(List.of(args));
        int code = Cli.execute(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** The command in a JVM of its own, as an operator would start it; output and errors together. */
    Process spawn(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), nl.berichtenbatch.cli.Main.class.getName(), "--config",
                config.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    Run process() {
        return run("process");
    }

    /** The messages of the last run report, by file name. */
    JsonNode report(long run) {
        try {
            return JsonMapper.builder().build().readTree(
                    Files.readString(data().resolve("reports").resolve("run-" + run + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode message(long run, String file) {
        for (JsonNode message : report(run).get("messages")) {
            if (message.get("file").asString().equals(file)) {
                return message;
            }
        }
        throw new AssertionError("no " + file + " in run " + run);
    }

    List<String> files(String folder) {
        Path dir = data().resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // a running process may move a file or folder away while we look: what is gone is not listed
        List<String> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(dir.relativize(file).toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new AssertionError("cannot list " + dir, e);
        }
        return files.stream().sorted().toList();
    }

    String read(String relative) {
        try {
            return Files.readString(data().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
