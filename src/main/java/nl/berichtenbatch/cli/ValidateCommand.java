package nl.berichtenbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.time.LocalDate;

import org.springframework.context.ConfigurableApplicationContext;

import nl.berichtenbatch.audit.Pseudonymizer;
import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.config.BerichtenbatchProperties;
import nl.berichtenbatch.config.Settings;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.ContractsFile;
import nl.berichtenbatch.job.RunLauncher;
import nl.berichtenbatch.state.History;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.RuleEngine;
import nl.berichtenbatch.validation.rules.RuleCatalogue;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.report.MessageReport;
import nl.berichtenbatch.report.ReportJson;
import nl.berichtenbatch.report.TextReport;
import nl.berichtenbatch.validation.MessageResult;
import nl.berichtenbatch.validation.MessageValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate [--json] FILE…}: checks files as their receiver would, and changes nothing. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Checks message files at levels 1-4 as their receiver would, and changes nothing: against the "
                + "configured installation's state when there is one, otherwise against an empty state.",
            "A folder stands for the .xml files in it. Standard, release and message type come from the "
                    + "root element's namespace."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file accepted", "1:at least one file rejected or invalid",
            "2:usage or technical error"},
        footerHeading = "%nExamples:%n",
        footer = {"  berichtenbatch validate bericht.xml", "  berichtenbatch validate --json inbox/"})
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object per file (design.md 4.6) instead of text.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Message files or folders.")
    List<Path> files;

    @Override
    public Integer call() {
        Settings settings = parent.settings();
        List<Path> paths = MessageFiles.expand(files);
        if (usesDatabase(settings)) {
            // with a configured installation: against its state, read-only
            try (ConfigurableApplicationContext context = SpringContexts.open(settings)) {
                return validate(paths, new MessageValidator(context.getBean(MessageReader.class),
                        context.getBean(RuleEngine.class), context.getBean(StateStore.class),
                        context.getBean(Pseudonymizer.class)::pseudonym, today()));
            }
        }
        // without one: against an empty state, so level-3 rules that need earlier messages say what is missing
        CodeLists codeLists = CodeLists.configured(settings.codeLists());
        return validate(paths, new MessageValidator(MessageReader.configured(settings.inbox(), settings.validation()),
                new RuleEngine(RuleCatalogue.all(codeLists, contracts(settings.berichtenbatch(), codeLists))),
                History.EMPTY, bsn -> bsn, today()));
    }

    /**
     * Without an installation only a contracts file named in the configuration counts: a {@code contracts.csv} that
     * happens to lie under the default data-dir of the working directory is not the user's choice.
     */
    private static Contracts contracts(BerichtenbatchProperties properties, CodeLists codeLists) {
        return properties.contracts() == null ? Contracts.NONE
                : ContractsFile.configured(properties, codeLists.productCodes());
    }

    private static boolean usesDatabase(Settings settings) {
        BerichtenbatchProperties properties = settings.berichtenbatch();
        return properties.role() != null && properties.identities() != null && !properties.identities().isEmpty();
    }

    private static LocalDate today() {
        return LocalDate.now(RunLauncher.NETHERLANDS);
    }

    private int validate(List<Path> paths, MessageValidator validator) {
        PrintWriter out = spec.commandLine().getOut();
        List<MessageReport> reports = new ArrayList<>();
        for (Path path : paths) {
            MessageResult result;
            try {
                result = validator.validate(path);
            } catch (IOException e) {
                spec.commandLine().getErr().println("berichtenbatch: cannot read " + path + ": " + e.getMessage());
                return ExitCodes.USAGE;  // validate: a technical error is exit code 2 (design.md 4.2)
            }
            MessageReport report = MessageReport.of(path.toString(), "inbound", result, null);
            reports.add(report);
            if (json) {
                out.println(ReportJson.line(report));
            } else {
                TextReport.message(report, out);
            }
        }
        if (!json) {
            TextReport.summary(reports, out);
        }
        boolean allAccepted = reports.stream()
                .allMatch(r -> r.outcome().equals("ACCEPTED") || r.outcome().equals("RECORDED"));
        return allAccepted ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
