package nl.berichtenbatch.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.berichtenbatch.config.Settings;

/**
 * Which JIT compilers a command's JVM should run, asked by the launcher ({@code bin/berichtenbatch}) in a small JVM of
 * its own before it starts the command: prints {@code quick} (C1 alone, {@code -XX:TieredStopAtLevel=1}) or
 * {@code full} (the JVM's default: C1, then C2 for the hot code).
 * <p>
 * C2 compiles the code a message goes through once some five thousand calls have made it hot, and on two cores its
 * compiler thread then takes one of them for most of a run of up to twenty thousand files: such a run, and every
 * short command, is over before C2's code has paid for itself. C1 alone ran 10,000 messages in 18.5 s instead of
 * 26 s, with half the CPU, and a run with an empty inbox in 3.5 s instead of 4.7 s; from about 20,000 messages on C2
 * wins (100,000: 115-120 s against 176 s) (README "Performance"). So: {@code full} for {@code serve}, which runs for
 * days, and for a {@code process}, {@code jobs restart} or {@code validate} of {@value #LONG_RUN_FILES} files or more;
 * {@code quick} for everything else. The JVM cannot switch later: a directive that kept C2 out and was lifted once the
 * run's size was known left the core methods the JVM's start had made hot with C1 for good (100,000 messages: 146 s).
 * <p>
 * It looks at names only (the data folder's inbox/, outgoing/ and the work folders of unfinished runs; the files and
 * folders named to {@code validate}) and never fails: whatever it cannot tell, it answers {@code quick}, and the
 * command itself then reports what is wrong.
 */
public final class JitChoice {

    /** From this many files on, a run lasts long enough for C2 to pay off (measured: level at 20,000). */
    static final int LONG_RUN_FILES = 20_000;

    private JitChoice() {
    }

    public static void main(String[] args) {
        String choice;
        try {
            choice = choose(List.of(args));
        } catch (RuntimeException e) {
            choice = "quick";
        }
        System.out.println(choice);
    }

    /** {@code quick} or {@code full} for the launcher's command line. */
    static String choose(List<String> args) {
        return choose(args, LONG_RUN_FILES);
    }

    /** As {@link #choose(List)}, with the number of files from which on a run is long. */
    static String choose(List<String> args, long longRun) {
        Path config = null;
        int command = -1;
        for (int i = 0; i < args.size() && command < 0; i++) {
            String arg = args.get(i);
            if (arg.equals("--config") && i + 1 < args.size()) {
                config = Path.of(args.get(++i));
            } else if (arg.startsWith("--config=")) {
                config = Path.of(arg.substring("--config=".length()));
            } else if (!arg.startsWith("-")) {
                command = i;
            }
        }
        if (command < 0) {
            return "quick";
        }
        List<String> rest = args.subList(command + 1, args.size());
        long files = switch (args.get(command)) {
            case "serve" -> Long.MAX_VALUE;
            case "process" -> waiting(config);
            case "jobs" -> !rest.isEmpty() && rest.get(0).equals("restart") ? waiting(config) : 0;
            case "validate" -> named(rest, longRun);
            default -> 0;
        };
        return files >= longRun ? "full" : "quick";
    }

    /** The files a run would take: in inbox/, outgoing/ and the work folders of unfinished runs. */
    private static long waiting(Path config) {
        Path data = Settings.load(config).dataDir().toAbsolutePath().normalize();
        long files = xmlFiles(data.resolve("inbox").toFile()) + xmlFiles(data.resolve("outgoing").toFile());
        File[] runs = data.resolve("work").toFile().listFiles(File::isDirectory);
        if (runs != null) {
            for (File run : runs) {
                files += xmlFiles(new File(run, "inbox")) + xmlFiles(new File(run, "outgoing"));
            }
        }
        return files;
    }

    /**
     * The files named to validate: a folder counts the .xml files in it and below (as validate reads them), until there
     * are enough; options count for nothing.
     */
    private static long named(List<String> args, long enough) {
        long files = 0;
        for (String arg : args) {
            File file = new File(arg);
            if (arg.startsWith("-")) {
                continue;
            } else if (file.isDirectory()) {
                files += xmlFilesBelow(file, enough - files);
            } else if (file.isFile()) {
                files++;
            }
        }
        return files;
    }

    private static long xmlFilesBelow(File folder, long enough) {
        long files = xmlFiles(folder);
        File[] folders = folder.listFiles(File::isDirectory);
        for (int i = 0; folders != null && i < folders.length && files < enough; i++) {
            files += xmlFilesBelow(folders[i], enough - files);
        }
        return files;
    }

    private static long xmlFiles(File folder) {
        String[] names = folder.list();
        if (names == null) {
            return 0;
        }
        long xml = 0;
        for (String name : names) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                xml++;
            }
        }
        return xml;
    }
}
