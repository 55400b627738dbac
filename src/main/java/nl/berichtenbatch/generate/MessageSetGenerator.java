package nl.berichtenbatch.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import nl.berichtenbatch.config.Role;

/**
 * Generates a ready workspace (design.md 4.2): {@code application.yml}, {@code contracts.csv}, the messages in
 * {@code data/inbox/} and {@code data/outgoing/} in arrival order, and {@code manifest.csv} with the outcome each
 * file is meant to get. The story spans the 16 months before the run date (4 to 16: fewer for a small set, so
 * that it still holds every kind of flow); how many clients arrive per day is
 * calibrated first (passes that only count), so that the requested number of files is reached shortly before the
 * run date. Then the story is told once more and written, file by file.
 */
public final class MessageSetGenerator {

    /** How far back the story starts at most, in months before the run date. */
    static final int MONTHS = 16;
    /** Files per month of story for a small set, so that a small set still holds every kind of flow. */
    private static final int FILES_PER_MONTH = 600;
    private static final int CALIBRATION_PASSES = 12;
    private static final int SCALED_PASS_FILES = 20_000;

    private MessageSetGenerator() {
    }

    /**
     * Writes the workspace.
     *
     * @throws IllegalArgumentException when the folder exists and is not empty
     * @throws IOException when writing fails
     */
    public static GenerateResult generate(GenerateOptions options) throws IOException {
        long started = System.nanoTime();
        Path dir = options.out().toAbsolutePath().normalize();
        requireEmpty(dir);
        LocalDate last = options.runDate().minusDays(1);
        LocalDate first = options.runDate().minusMonths(months(options.count())).withDayOfMonth(1);
        double rate = calibrate(options, first, last);

        Files.createDirectories(dir);
        Path manifest = dir.resolve("manifest.csv");
        Path data = dir.resolve("data");
        World world = World.create(options.role(), options.orderedStandards(), options.seed(), first, last);
        Output output;
        try (Output out = new Output(data, manifest, options.count(), GenerateOptions.NETHERLANDS)) {
            new Story(world, options, out, first, last, rate).run();
            output = out;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Path contracts = dir.resolve("contracts.csv");
        try (Writer writer = Files.newBufferedWriter(contracts, StandardCharsets.UTF_8)) {
            world.writeContracts(writer);
        }
        Path config = dir.resolve("application.yml");
        Files.writeString(config, configuration(options, world, data, contracts), StandardCharsets.UTF_8);
        return new GenerateResult(dir, config, contracts, manifest, world.identity, output.written(),
                output.inbox(), output.written() - output.inbox(), output.wrong(), output.perMessage(),
                output.firstDate(), output.lastDate(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The story's length: 16 months, shorter for a small set (at least 4). */
    static int months(int count) {
        return Math.max(4, Math.min(MONTHS, count / FILES_PER_MONTH));
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty; generate writes a fresh workspace");
                }
            }
        }
    }

    /**
     * New clients per working day such that the story, told up to the day before the run date, has at least the
     * requested number of files and not many more (so the last files are close to the run date).
     */
    static double calibrate(GenerateOptions options, LocalDate first, LocalDate last) throws IOException {
        long workingDays = first.datesUntil(last.plusDays(1)).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
        double rate = options.count() / (6.0 * Math.max(1, workingDays));
        if (options.count() > SCALED_PASS_FILES) {
            // the files grow in proportion to the clients: a small pass gives a close first estimate
            double scale = (double) SCALED_PASS_FILES / options.count();
            int produced = count(options, first, last, rate * scale);
            if (produced > 0) {
                rate = rate * options.count() * scale / produced * 1.04;
            }
        }
        int produced = count(options, first, last, rate);
        for (int pass = 1; pass < CALIBRATION_PASSES; pass++) {
            boolean enough = produced >= options.count();
            if (enough && produced <= options.count() * 1.2 + 100) {
                break;
            }
            double factor = produced == 0 ? 4 : (double) options.count() / produced * 1.06;
            rate *= Math.max(0.3, Math.min(4, factor));
            produced = count(options, first, last, rate);
        }
        while (produced < options.count()) {
            rate *= 1.5;
            produced = count(options, first, last, rate);
        }
        return rate;
    }

    /** A pass that only counts the files the story would write. */
    private static int count(GenerateOptions options, LocalDate first, LocalDate last, double rate)
            throws IOException {
        World world = World.create(options.role(), options.orderedStandards(), options.seed(), first, last);
        try (Output dry = new Output(null, null, options.count(), GenerateOptions.NETHERLANDS)) {
            new Story(world, options, dry, first, last, rate).run();
            return dry.written();
        }
    }

    private static String configuration(GenerateOptions options, World world, Path data, Path contracts) {
        String standard = options.standards().size() == 2 ? "both"
                : options.standards().iterator().next().id();
        return """
                # A generated workspace, written by:
                #   berichtenbatch generate --count %d --seed %d --role %s --standard %s --errors %d --error-mix %s --date %s
                # Process it as it is (manifest.csv says what each file should get):
                #   berichtenbatch --config %s process
                berichtenbatch:
                  role: %s
                  identities: [ "%s" ]
                  data-dir: %s
                  contracts: %s
                  inbox:
                    settle-seconds: 0
                  privacy:
                    # for this generated set only; a real installation sets its key from the environment
                    pseudonym-key: generated-demo-key-not-for-production
                """.formatted(options.count(), options.seed(), roleName(options.role()), standard,
                options.errorPercent(), options.errorMix(), options.runDate(), data.getParent().resolve("application.yml"),
                roleName(options.role()), world.identity, quoted(data), quoted(contracts));
    }

    private static String roleName(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String quoted(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
