package nl.berichtenbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.berichtenbatch.config.Settings;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.report.MessageReport;
import nl.berichtenbatch.report.TextReport;
import nl.berichtenbatch.validation.MessageResult;
import nl.berichtenbatch.validation.MessageValidator;
import nl.berichtenbatch.validation.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demo}: shows the product on the team's sample messages. For now it checks every sample as its
 * receiver would; the processing job turns it into a full run in a demo workspace.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = "Checks the bundled sample messages (sample-messages/) and prints what was found.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the demo ran", "1:the demo could not run (e.g. a valid sample was rejected)",
            "2:usage error (e.g. sample-messages/ not found)"},
        footerHeading = "%nExample:%n",
        footer = "  bin/berichtenbatch demo")
final class DemoCommand implements Callable<Integer> {

    /** Set by bin/berichtenbatch to the product's folder. */
    static final String HOME_PROPERTY = "berichtenbatch.home";

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Folder with the sample messages (default: sample-messages/ in the product's folder).")
    Path samples;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = samples != null ? samples
                : Path.of(System.getProperty(HOME_PROPERTY, ".")).resolve("sample-messages");
        if (!Files.isDirectory(folder)) {
            throw new UsageException("sample messages not found in " + folder.toAbsolutePath().normalize()
                    + " (use --samples DIR)");
        }
        Settings settings = parent.settings();
        MessageValidator validator = new MessageValidator(
                MessageReader.configured(settings.inbox(), settings.validation()));
        out.println("berichtenbatch demo: checking the sample messages in " + folder.toAbsolutePath().normalize());
        out.println();
        List<MessageReport> reports = new ArrayList<>();
        List<String> brokenSamples = new ArrayList<>();
        for (Path file : MessageFiles.expand(List.of(folder))) {
            MessageResult result = validator.validate(file);
            MessageReport report = MessageReport.of(folder.relativize(file).toString(), "inbound", result, null);
            reports.add(report);
            TextReport.message(report, out);
            if (isValidSample(folder.relativize(file)) && result.outcome() == Outcome.INVALID) {
                brokenSamples.add(report.file());
            }
        }
        out.println();
        TextReport.summary(reports, out);
        out.println("Files under valid/ are correct messages; files under wrong/ are named for what is wrong with "
                + "them (see sample-messages/README.md).");
        if (!brokenSamples.isEmpty()) {
            spec.commandLine().getErr().println("berichtenbatch: these valid samples were rejected: " + brokenSamples);
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    private static boolean isValidSample(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("valid")) {
                return true;
            }
        }
        return false;
    }
}
