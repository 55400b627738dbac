package nl.berichtenbatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import nl.berichtenbatch.inbox.Workspace;
import nl.berichtenbatch.job.RunLauncher;
import nl.berichtenbatch.job.Runs;
import nl.berichtenbatch.report.RunReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code jobs list | show RUN | restart RUN}: the operator's view of the runs. */
@Command(name = "jobs",
        mixinStandardHelpOptions = true,
        description = "Shows the runs of the job and continues a failed one.",
        subcommands = {JobsCommand.ListRuns.class, JobsCommand.Show.class, JobsCommand.Restart.class,
            JobsCommand.Abandon.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the restarted run failed again", "2:usage or configuration error"},
        footerHeading = "%nExamples:%n",
        footer = {"  berichtenbatch jobs list", "  berichtenbatch jobs show 17", "  berichtenbatch jobs restart 17",
            "  berichtenbatch jobs abandon 17"})
final class JobsCommand implements Runnable {

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, show, restart or abandon");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The last runs with status, start (Dutch time) and counts.")
    static final class ListRuns implements Callable<Integer> {

        /** The time in the Netherlands, as the run date and serve's lines have it, not UTC (an hour or two off). */
        static final DateTimeFormatter DUTCH_TIME =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(RunLauncher.NETHERLANDS);

        @ParentCommand
        JobsCommand jobs;

        @Override
        public Integer call() {
            PrintWriter out = jobs.spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.open(jobs.parent.settings())) {
                Runs runs = context.getBean(Runs.class);
                var active = context.getBean(nl.berichtenbatch.job.RunLock.class).activeRun();
                out.printf("%6s  %-10s  %-11s  %-20s  %s%n", "RUN", "DATE", "STATUS", "STARTED", "FILES");
                for (Runs.Run run : runs.latest(20)) {
                    StringBuilder counts = new StringBuilder();
                    for (Object[] count : runs.counts(run.id())) {
                        counts.append(counts.isEmpty() ? "" : ", ").append(count[1]).append(' ')
                                .append(count[0].toString().toLowerCase());
                    }
                    // a run that says STARTED while nobody holds the run lock for it was cut off (killed, database lost)
                    boolean running = active.map(id -> id == run.id()).orElse(false);
                    String status = run.status().equals("STARTED") && !running ? "INTERRUPTED" : run.status();
                    out.printf("%6d  %-10s  %-11s  %-20s  %s%n", run.id(), run.runDate(), status,
                            DUTCH_TIME.format(run.started()), counts);
                }
                // a run that stopped at its start for a bad contracts file left no run to list: say why here too
                PrintWriter err = jobs.spec.commandLine().getErr();
                context.getBean(nl.berichtenbatch.contract.Contracts.class).problem()
                        .ifPresent(reason -> err.println("berichtenbatch: warning: no run can start: " + reason));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The files of a run with their outcomes.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        JobsCommand jobs;

        @Parameters(paramLabel = "RUN", description = "The run id (see 'jobs list').")
        long run;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = jobs.spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = SpringContexts.open(jobs.parent.settings())) {
                Runs.Run row = context.getBean(Runs.class).find(run)
                        .orElseThrow(() -> new UsageException("no run " + run + " (see 'berichtenbatch jobs list')"));
                out.println("run " + row.id() + "  " + row.status() + "  run date " + row.runDate());
                Path json = RunReportWriter.jsonFile(context.getBean(Workspace.class).reports(), run);
                if (Files.exists(json)) {
                    RunReportWriter.readJson(json,
                            message -> nl.berichtenbatch.report.TextReport.message(message, out));
                } else {
                    out.println("no report: the run did not finish"
                            + (row.jobExecutionId() == null ? "" : "; last error: " + context.getBean(
                                    org.springframework.batch.core.repository.JobRepository.class)
                                    .getJobExecution(row.jobExecutionId()).getExitStatus().getExitDescription()
                                    .lines().limit(3).reduce((a, b) -> a + " / " + b).orElse("none")));
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Continues a failed or interrupted run where it stopped.")
    static final class Restart implements Callable<Integer> {

        @ParentCommand
        JobsCommand jobs;

        @Parameters(paramLabel = "RUN", description = "The run id (see 'jobs list').")
        long run;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = SpringContexts.open(jobs.parent.settings())) {
                RunLauncher.Result result;
                try {
                    result = context.getBean(RunLauncher.class).restart(run);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                return RunOutcome.print(context, result, jobs.spec.commandLine().getOut(),
                        jobs.spec.commandLine().getErr());
            }
        }
    }

    @Command(name = "abandon", mixinStandardHelpOptions = true,
            description = "Gives up a failed or interrupted run; its unfinished files go back to inbox/ and outgoing/.")
    static final class Abandon implements Callable<Integer> {

        @ParentCommand
        JobsCommand jobs;

        @Parameters(paramLabel = "RUN", description = "The run id (see 'jobs list').")
        long run;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = SpringContexts.open(jobs.parent.settings())) {
                int released;
                try {
                    released = context.getBean(RunLauncher.class).abandon(run,
                            context.getBean(nl.berichtenbatch.inbox.Outputs.class),
                            context.getBean(nl.berichtenbatch.inbox.FileClaimer.class));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
                jobs.spec.commandLine().getOut().println("run " + run + " abandoned; " + released
                        + " unfinished files went back to inbox/ and outgoing/ for the next run");
            }
            return ExitCodes.OK;
        }
    }
}
