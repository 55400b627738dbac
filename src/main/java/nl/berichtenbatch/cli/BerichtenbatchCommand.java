package nl.berichtenbatch.cli;

import java.nio.file.Path;

import nl.berichtenbatch.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The top-level command: global options and the list of commands. */
@Command(name = "berichtenbatch",
        mixinStandardHelpOptions = true,
        versionProvider = BerichtenbatchCommand.Version.class,
        description = "Batch processor for iJw 3.2 and iWmo 3.2 messages: checks them at the standard's four "
                + "control levels and writes the prescribed answers.",
        subcommands = {ProcessCommand.class, ServeCommand.class, ValidateCommand.class, JobsCommand.class, AuditCommand.class,
            ReportCommand.class, RulesCommand.class, ContractsCommand.class, GenerateCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { // ExitCodes

            "0:the run completed (rejected messages are a normal business outcome); validate: every file accepted",
            "1:the run failed (technical: database, disk, bug); validate: at least one file rejected or invalid",
            "2:usage or configuration error"},
        footerHeading = "%nExamples:%n",
        footer = {"  berichtenbatch validate inbox/*.xml", "  berichtenbatch --config /etc/berichtenbatch/application.yml validate --json bericht.xml"})
final class BerichtenbatchCommand implements Runnable {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: application.yml in the working directory, if present).")
    Path config;

    private Settings settings;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The configuration, read once on first use. */
    Settings settings() {
        if (settings == null) {
            settings = Settings.load(config);
        }
        return settings;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** The product's version and the standards it implements. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = BerichtenbatchCommand.class.getPackage().getImplementationVersion();
            return new String[] {
                "berichtenbatch " + (version == null ? "(development build)" : version),
                "standards: iJw 3.2, iWmo 3.2",
                "Java " + System.getProperty("java.version"),
            };
        }
    }
}
