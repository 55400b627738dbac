package nl.berichtenbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import nl.berichtenbatch.config.Settings;
import nl.berichtenbatch.job.RunLauncher;
import nl.berichtenbatch.message.MessageType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: a fresh workspace from the sample messages, one full run as the gemeente and one as the
 * aanbieder, and where everything went.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Creates a fresh demo workspace from sample-messages/, runs the job once as gemeente 0363 and "
                + "once as aanbieder 12345678 (embedded H2), and prints where the answers and reports are."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:both runs completed", "1:a run failed", "2:usage error (e.g. sample-messages/ not found)"},
        footerHeading = "%nExample:%n",
        footer = "  bin/berichtenbatch demo")
final class DemoCommand implements Callable<Integer> {

    /** Set by bin/berichtenbatch to the product's folder. */
    static final String HOME_PROPERTY = "berichtenbatch.home";
    static final String GEMEENTE = "0363";
    static final String AANBIEDER = "12345678";
    private static final String MARKER = ".berichtenbatch-demo";
    /** Only for the demo: real installations set their own key from the environment. */
    private static final String DEMO_KEY = "demo-only-pseudonym-key-not-for-production";

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Folder with the sample messages (default: sample-messages/ in the product's folder).")
    Path samples;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Where to create the demo workspace (default: demo-workspace/ in the working directory); "
                    + "an earlier demo workspace there is replaced.")
    Path workspace = Path.of("demo-workspace");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = samples != null ? samples
                : Path.of(System.getProperty(HOME_PROPERTY, ".")).resolve("sample-messages");
        if (!Files.isDirectory(folder)) {
            throw new UsageException("sample messages not found in " + folder.toAbsolutePath().normalize()
                    + " (use --samples DIR)");
        }
        Path root = fresh(workspace.toAbsolutePath().normalize());
        out.println("berichtenbatch demo: workspace " + root);
        int exit = ExitCodes.OK;
        for (String role : List.of("gemeente", "aanbieder")) {
            Path config = prepare(root.resolve(role), role, folder);
            out.println();
            out.println("== as " + role + " " + (role.equals("gemeente") ? GEMEENTE : AANBIEDER) + " ==");
            try (ConfigurableApplicationContext context = SpringContexts.open(Settings.load(config))) {
                RunLauncher.Result result = context.getBean(RunLauncher.class).process();
                exit = Math.max(exit, RunOutcome.print(context, result, out, spec.commandLine().getErr()));
            }
            Path data = root.resolve(role).resolve("data");
            out.println("answers and sent messages: " + data.resolve("outbox"));
            out.println("accepted for the administration: " + data.resolve("accepted"));
            out.println("rejected (with .fout.txt): " + data.resolve("rejected") + ", held outgoing: "
                    + data.resolve("outgoing-rejected"));
            out.println("try: bin/berichtenbatch --config " + config + " jobs list");
        }
        return exit;
    }

    /** An empty demo folder; an earlier demo there is removed, anything else is never touched. */
    private static Path fresh(Path root) throws IOException {
        if (Files.exists(root)) {
            if (!Files.exists(root.resolve(MARKER))) {
                throw new UsageException(root + " exists and is not a demo workspace; choose another --workspace");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(root);
        Files.writeString(root.resolve(MARKER), "created by berichtenbatch demo; removed by the next demo\n");
        return root;
    }

    /** A workspace for one role: its configuration, and the samples in inbox/ and outgoing/ in story order. */
    private static Path prepare(Path dir, String role, Path samples) throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("inbox"));
        Files.createDirectories(data.resolve("outgoing"));
        Path config = dir.resolve("application.yml");
        Files.writeString(config, """
                # demo configuration: %s
                berichtenbatch:
                  role: %s
                  identities: [ "%s" ]
                  data-dir: %s
                  inbox:
                    settle-seconds: 0
                  privacy:
                    pseudonym-key: %s
                """.formatted(role, role, role.equals("gemeente") ? GEMEENTE : AANBIEDER, data, DEMO_KEY));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(samples)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .sorted(Comparator.comparing((Path p) -> p.getParent().getFileName().toString().equals("valid") ? 0 : 1)
                            .thenComparing(Path::toString))
                    .toList();
        }
        boolean gemeente = role.equals("gemeente");
        int order = 0;
        for (Path file : files) {
            Optional<MessageType> type = typeOf(file.getFileName().toString());
            boolean sentByGemeente = type.map(DemoCommand::sentByGemeente).orElse(false);
            boolean valid = file.getParent().getFileName().toString().equals("valid");
            String target = null;
            if (valid && type.isPresent()) {
                boolean answer = type.get().isRetour() || type.get() == MessageType.DECLARATIE_ANTWOORD;
                if (sentByGemeente == gemeente) {
                    // our own messages go out; the answers we make ourselves are not copied in
                    target = answer ? null : "outgoing";
                } else {
                    target = "inbox";
                }
            } else if (!valid) {
                // a wrong sample goes to the inbox of its receiver, whose checks reject it
                target = sentByGemeente != gemeente ? "inbox" : null;
            }
            if (target != null) {
                String standard = samples.relativize(file).getName(0).toString();
                Path copy = data.resolve(target).resolve(standard + "-" + file.getFileName());
                Files.copy(file, copy);
                Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(order++)));
            }
        }
        return config;
    }

    private static Optional<MessageType> typeOf(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:jw|wmo)(3\\d\\d)").matcher(name);
        return m.find() ? MessageType.fromNumber(m.group(1)) : Optional.empty();
    }

    private static boolean sentByGemeente(MessageType type) {
        return type.sender() == MessageType.Sender.GEMEENTE;
    }
}
