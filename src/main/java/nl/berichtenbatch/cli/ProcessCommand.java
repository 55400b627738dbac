package nl.berichtenbatch.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import nl.berichtenbatch.job.RunControl;
import nl.berichtenbatch.job.RunLauncher;
import nl.berichtenbatch.state.H2Compaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code process}: one run of the job now. */
@Command(name = "process",
        mixinStandardHelpOptions = true,
        description = {"Runs the job once: takes every ready file from inbox/ and outgoing/, checks it at the four "
                + "control levels, writes the answers to outbox/ and the run report to reports/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run completed (rejected messages are a normal business outcome)",
            "1:the run failed (technical: database, disk, bug); 'jobs restart RUN' continues it",
            "2:usage or configuration error"},
        footerHeading = "%nExamples:%n",
        footer = {"  BERICHTENBATCH_PRIVACY_PSEUDONYMKEY=… berichtenbatch --config /etc/berichtenbatch/application.yml process",
            "  berichtenbatch process --run-date 2026-03-02    (replays the night of 2 March 2026)"})
final class ProcessCommand implements Callable<Integer> {

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
            description = "The run date: the receiver's system date for the date rules, deadlines and the "
                    + "DagtekeningRetour, e.g. to replay a past night (default: today in the Netherlands). Audit and "
                    + "report timestamps stay real.")
    LocalDate runDate;

    @Override
    public Integer call() throws Exception {
        int exit;
        Optional<H2Compaction> compaction = Optional.empty();
        try (GracefulStop stop = new GracefulStop();
                ConfigurableApplicationContext context = SpringContexts.open(parent.settings())) {
            RunControl control = context.getBean(RunControl.class);
            stop.watch(control);
            RunLauncher.Result result = context.getBean(RunLauncher.class)
                    .process(RunLauncher.WhenBusy.WAIT, spec.commandLine().getErr()::println, runDate);
            exit = RunOutcome.print(context, result, spec.commandLine().getOut(), spec.commandLine().getErr());
            if (!control.stopRequested()) {  // asked to stop: stop, the upkeep can wait for the next run
                Environment environment = context.getEnvironment();
                compaction = H2Compaction.whenSparse(context.getBean(DataSource.class),
                        environment.getProperty("spring.datasource.username", "sa"),
                        environment.getProperty("spring.datasource.password", ""));
            }
        }
        compaction.ifPresent(this::compact);
        return exit;
    }

    /** Rewrites a sparse H2 file now that the run has closed it; a failure is reported and changes no exit code. */
    private void compact(H2Compaction compaction) {
        try {
            spec.commandLine().getOut().println(compaction.compact());
        } catch (Exception e) {
            spec.commandLine().getErr().println("warning: the database file could not be compacted (" + e.getMessage()
                    + "); it stays as it is and works, only larger");
        }
    }
}
