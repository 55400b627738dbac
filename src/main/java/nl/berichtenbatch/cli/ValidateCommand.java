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
import nl.berichtenbatch.config.ConfigurationException;
import nl.berichtenbatch.config.Settings;
import nl.berichtenbatch.config.ValidationProperties;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.ContractsFile;
import nl.berichtenbatch.job.RunLauncher;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.processing.MessageProcessor;
import nl.berichtenbatch.processing.MessageValidator;
import nl.berichtenbatch.report.MessageReport;
import nl.berichtenbatch.report.ReportJson;
import nl.berichtenbatch.report.TextReport;
import nl.berichtenbatch.state.History;
import nl.berichtenbatch.state.StateStore;
import nl.berichtenbatch.validation.MessageResult;
import nl.berichtenbatch.validation.OfficialLevel2;
import nl.berichtenbatch.validation.RuleEngine;
import nl.berichtenbatch.validation.rules.RuleCatalogue;
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
        footer = {"  berichtenbatch validate bericht.xml", "  berichtenbatch validate --json inbox/",
            "  berichtenbatch validate --official-xslt-ijw jw-xslt/jw305.xsl --run-date 2026-03-02 start.xml"})
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object per file (design.md 4.6) instead of text.")
    boolean json;

    @Option(names = "--official-xslt-ijw", paramLabel = "FILE",
            description = "Also run this official iJw level-2 XSLT, as process does with "
                    + "berichtenbatch.validation.official-xslt.ijw (this option wins over the configuration).")
    Path officialXsltIjw;

    @Option(names = "--official-xslt-iwmo", paramLabel = "FILE",
            description = "Also run this official iWmo level-2 XSLT (berichtenbatch.validation.official-xslt.iwmo).")
    Path officialXsltIwmo;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
            description = "The run date: the receiver's system date for the date rules (default: today in the "
                    + "Netherlands).")
    LocalDate runDate;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Message files or folders.")
    List<Path> files;

    @Override
    public Integer call() {
        Settings settings = parent.settings();
        List<Path> paths = MessageFiles.expand(files);
        boolean options = officialXsltIjw != null || officialXsltIwmo != null;
        OfficialLevel2 fromOptions = options ? official(settings) : null;  // a bad option fails before the database opens
        LocalDate date = runDate != null ? runDate : today();
        if (usesDatabase(settings)) {
            // with a configured installation: against its state, read-only; its XSLTs are compiled once, by the context
            try (ConfigurableApplicationContext context = SpringContexts.open(settings)) {
                OfficialLevel2 official = options ? fromOptions : context.getBean(OfficialLevel2.class);
                return validate(paths, new MessageValidator(context.getBean(MessageReader.class),
                        context.getBean(RuleEngine.class), context.getBean(StateStore.class),
                        context.getBean(Pseudonymizer.class)::pseudonym, date, official), official);
            }
        }
        // without one: against an empty state, so level-3 rules that need earlier messages say what is missing
        OfficialLevel2 official = options ? fromOptions : official(settings);
        CodeLists codeLists = CodeLists.configured(settings.codeLists());
        return validate(paths, new MessageValidator(MessageReader.configured(settings.inbox(), settings.validation()),
                new RuleEngine(RuleCatalogue.all(codeLists, contracts(settings.berichtenbatch(), codeLists))),
                History.EMPTY, bsn -> bsn, date, official), official);
    }

    /** The official XSLTs: an option wins over the configuration; one that cannot be used is one line, exit 2. */
    private OfficialLevel2 official(Settings settings) {
        ValidationProperties.OfficialXslt configured = settings.validation().officialXslt();
        if (officialXsltIjw == null && officialXsltIwmo == null) {
            return OfficialLevel2.configured(settings.validation());
        }
        Path ijw = officialXsltIjw != null ? officialXsltIjw : configured == null ? null : configured.ijw();
        Path iwmo = officialXsltIwmo != null ? officialXsltIwmo : configured == null ? null : configured.iwmo();
        return OfficialLevel2.of(ijw, iwmo, (standard, problem) -> {
            boolean option = standard == Standard.IJW ? officialXsltIjw != null : officialXsltIwmo != null;
            return option ? new UsageException("--official-xslt-" + standard.id() + ": " + problem)
                    : new ConfigurationException("berichtenbatch.validation.official-xslt." + standard.id() + ": "
                            + problem);
        });
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

    private int validate(List<Path> paths, MessageValidator validator, OfficialLevel2 official) {
        PrintWriter out = spec.commandLine().getOut();
        List<MessageReport> reports = new ArrayList<>();
        for (Path path : paths) {
            MessageResult result;
            try {
                result = validator.validate(path);
            } catch (IOException e) {
                spec.commandLine().getErr().println("berichtenbatch: cannot read " + path + ": " + e.getMessage());
                return ExitCodes.USAGE;  // validate: a technical error is exit code 2 (design.md 4.2)
            } catch (IllegalStateException e) {
                // the official XSLT failed on this file (it writes no Rapport, or stops with an error)
                spec.commandLine().getErr().println("berichtenbatch: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            MessageReport report = MessageReport.of(path.toString(), "inbound", result, null);
            reports.add(report);
            if (json) {
                out.println(ReportJson.line(report));
            } else {
                TextReport.message(report, out);
                if (Integer.valueOf(2).equals(result.level()) && result.read().kind() != null) {
                    // what the retour would carry after this level-2 rejection (IV033)
                    out.println("          XsltVersie " + official.xsltVersie(result.read().kind().standard(),
                            MessageProcessor.RULE_SET_VERSION) + official.stylesheet(result.read().kind().standard())
                                    .map(xslt -> " (official XSLT " + xslt.stylesheet().getFileName() + ")")
                                    .orElse(" (native rules)"));
                }
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
