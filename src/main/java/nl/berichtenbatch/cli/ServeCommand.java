package nl.berichtenbatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;

import nl.berichtenbatch.config.ScheduleProperties;
import nl.berichtenbatch.config.Settings;
import nl.berichtenbatch.job.RunControl;
import nl.berichtenbatch.job.RunLauncher;
import nl.berichtenbatch.job.Runs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: runs the job on its schedule until stopped. One run at a time across every process that shares
 * the database: when another one is running, this tick is skipped and says so. SIGTERM finishes the files in hand
 * and stops.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Runs the job on berichtenbatch.schedule.cron (and every poll-seconds in between, if set) until "
                + "stopped. SIGTERM or Ctrl-C finishes the files in hand and stops cleanly."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped cleanly", "1:the database or the disk failed", "2:usage or configuration error"},
        footerHeading = "%nExamples:%n",
        footer = {"  berichtenbatch --config /etc/berichtenbatch/application.yml serve",
            "  berichtenbatch serve --cron '0 */5 7-18 * * MON-FRI'"})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--cron", paramLabel = "EXPRESSION",
            description = "Overrides berichtenbatch.schedule.cron (six fields: second minute hour day month weekday).")
    String cron;

    @Option(names = "--poll-seconds", paramLabel = "N", description = "Overrides berichtenbatch.schedule.poll-seconds.")
    Integer pollSeconds;

    @Override
    public Integer call() throws Exception {
        Settings settings = parent.settings();
        ScheduleProperties schedule = settings.schedule();
        String expression = cron != null ? cron : schedule.cron();
        int poll = pollSeconds != null ? pollSeconds : schedule.pollSeconds();
        CronExpression when;
        try {
            when = CronExpression.parse(expression);
        } catch (IllegalArgumentException e) {
            throw new UsageException("berichtenbatch.schedule.cron '" + expression + "' is not a cron expression: "
                    + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (GracefulStop stop = new GracefulStop();
                ConfigurableApplicationContext context = SpringContexts.open(settings)) {
            // a contracts file that would stop every run stops serve at its start, not at the first run in the night
            context.getBean(nl.berichtenbatch.contract.Contracts.class).requireUsable();
            RunControl control = context.getBean(RunControl.class);
            stop.watch(control);
            RunLauncher launcher = context.getBean(RunLauncher.class);
            Runs runs = context.getBean(Runs.class);
            nl.berichtenbatch.inbox.FileClaimer claimer = context.getBean(nl.berichtenbatch.inbox.FileClaimer.class);
            {
                out.println(stamp() + " serving: cron '" + expression + "'"
                        + (poll > 0 ? ", and every " + poll + " s" : "") + "; stop with SIGTERM or Ctrl-C");
                while (!control.stopRequested()) {
                    Instant next = next(when, poll);
                    if (!stop.sleepUntil(next, control)) {
                        break;
                    }
                    if (claimer.hasWork() || runs.hasUnfinished()) {
                        runOnce(launcher, runs, out);
                    }
                }
                out.println(stamp() + " stopped");
            }
        }
        return ExitCodes.OK;
    }

    private static void runOnce(RunLauncher launcher, Runs runs, PrintWriter out) throws Exception {
        long started = System.nanoTime();
        RunLauncher.Result result = launcher.process(RunLauncher.WhenBusy.SKIP, message -> { });
        if (result.skipped() != null) {
            out.println(stamp() + " run skipped: " + result.skipped());
            return;
        }
        StringBuilder counts = new StringBuilder();
        for (Object[] count : runs.counts(result.run())) {
            counts.append(counts.isEmpty() ? "" : ", ").append(count[1]).append(' ')
                    .append(count[0].toString().toLowerCase());
        }
        out.println(stamp() + " run " + result.run() + " " + runs.find(result.run()).map(Runs.Run::status).orElse("?")
                + ": " + (counts.isEmpty() ? "no files" : counts) + " ("
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms)");
        out.flush();
    }

    private static Instant next(CronExpression when, int poll) {
        ZonedDateTime now = ZonedDateTime.now(RunLauncher.NETHERLANDS);
        Instant byCron = when.next(now).toInstant();
        Instant byPoll = poll > 0 ? now.toInstant().plusSeconds(poll) : byCron;
        return byCron.isBefore(byPoll) ? byCron : byPoll;
    }

    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static String stamp() {
        return ZonedDateTime.now(RunLauncher.NETHERLANDS).format(STAMP);
    }
}
