package nl.berichtenbatch.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import nl.berichtenbatch.job.RunLauncher;
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
        try (GracefulStop stop = new GracefulStop();
                ConfigurableApplicationContext context = SpringContexts.open(parent.settings())) {
            stop.watch(context.getBean(nl.berichtenbatch.job.RunControl.class));
            RunLauncher.Result result = context.getBean(RunLauncher.class)
                    .process(RunLauncher.WhenBusy.WAIT, spec.commandLine().getErr()::println, runDate);
            return RunOutcome.print(context, result, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
