package nl.berichtenbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import nl.berichtenbatch.config.Role;
import nl.berichtenbatch.generate.GenerateOptions;
import nl.berichtenbatch.generate.GenerateResult;
import nl.berichtenbatch.generate.MessageSetGenerator;
import nl.berichtenbatch.message.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate --count N --out DIR}: a realistic synthetic message set as a ready workspace (design.md 4.2).
 * Needs no configuration and no database.
 */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = {"Writes a realistic, deterministic message set as a ready workspace: application.yml, "
                + "contracts.csv, the messages in data/inbox/ and data/outgoing/ (arrival order = modification "
                + "time) and manifest.csv with the outcome each file should get.",
            "The story covers up to 16 months before the run date: allocations, starts, stops, requests and their "
                    + "answers, monthly declarations, and the partner's retours; a share of the files is wrong on "
                    + "purpose, each in one way (level 1, 2 or 3-4)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the workspace was written", "1:writing failed (disk)",
            "2:usage error (e.g. the folder is not empty)"},
        footerHeading = "%nExamples:%n",
        footer = {"  berichtenbatch generate --count 1000 --out /tmp/set",
            "  berichtenbatch --config /tmp/set/application.yml process",
            "  berichtenbatch generate --count 100000 --out /tmp/load --role aanbieder"})
final class GenerateCommand implements Callable<Integer> {

    /** The standards to generate, as the option names them. */
    enum StandardChoice {
        IJW, IWMO, BOTH;

        Set<Standard> standards() {
            return switch (this) {
                case IJW -> EnumSet.of(Standard.IJW);
                case IWMO -> EnumSet.of(Standard.IWMO);
                case BOTH -> EnumSet.allOf(Standard.class);
            };
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N",
            description = "Number of message files (inbox and outgoing together).")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Workspace folder to create; it must not exist or be empty.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + GenerateOptions.DEFAULT_SEED,
            description = "Random seed; the same seed and run date give byte-identical files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "gemeente",
            description = "Whose workspace: gemeente or aanbieder (default: ${DEFAULT-VALUE}).")
    Role role;

    @Option(names = "--standard", paramLabel = "STD", defaultValue = "both",
            description = "ijw, iwmo or both (default: ${DEFAULT-VALUE}).")
    StandardChoice standard;

    @Option(names = "--errors", paramLabel = "PERCENT", defaultValue = "" + GenerateOptions.DEFAULT_ERROR_PERCENT,
            description = "Share of files that are wrong on purpose, 0-100 (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--error-mix", paramLabel = "L1,L2,L3", defaultValue = "30,30,40",
            description = "How the wrong files are spread over level 1 (schema), level 2 (in-message rules) and "
                    + "levels 3-4 (cross-message and external rules), as weights (default: ${DEFAULT-VALUE}).")
    String errorMix;

    @Option(names = "--date", paramLabel = "DATE",
            description = "The day the set is meant to be processed on (yyyy-mm-dd): every Dagtekening is before "
                    + "it (default: today).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        GenerateOptions options;
        try {
            options = new GenerateOptions(count, out, seed, role, standard.standards(), errors,
                    GenerateOptions.ErrorMix.parse(errorMix),
                    date != null ? date : LocalDate.now(GenerateOptions.NETHERLANDS));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        GenerateResult result;
        try {
            result = MessageSetGenerator.generate(options);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        print(result, options);
        return ExitCodes.OK;
    }

    private void print(GenerateResult result, GenerateOptions options) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "generated %d files in %.1f s for %s %s: %d in inbox/, %d in outgoing/, %d wrong "
                        + "on purpose%n", result.files(), result.elapsed().toMillis() / 1000.0,
                options.role().name().toLowerCase(Locale.ROOT), result.identity(), result.inbox(), result.outgoing(),
                result.wrong());
        if (result.first() != null) {
            out.printf(Locale.ROOT, "Dagtekening %s to %s; meant to be processed on %s or later%n", result.first(),
                    result.last(), options.runDate());
        }
        StringBuilder messages = new StringBuilder();
        for (Map.Entry<String, Integer> entry : result.perMessage().entrySet()) {
            messages.append(messages.length() == 0 ? "" : ", ").append(entry.getKey()).append(' ')
                    .append(entry.getValue());
        }
        out.println("messages: " + messages);
        out.println("workspace:  " + result.directory());
        out.println("manifest:   " + result.manifest());
        out.println("contracts:  " + result.contracts());
        out.println("run it:     berichtenbatch --config " + result.config() + " process");
    }
}
