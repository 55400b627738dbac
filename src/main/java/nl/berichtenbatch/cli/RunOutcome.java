package nl.berichtenbatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.context.ApplicationContext;

import nl.berichtenbatch.inbox.Workspace;
import nl.berichtenbatch.job.RunLauncher;
import nl.berichtenbatch.report.RunReportWriter;
import nl.berichtenbatch.report.RunSummary;

/** What an operator sees after a run: the summary of its report, or why it failed and how to continue. */
final class RunOutcome {

    private RunOutcome() {
    }

    static int print(ApplicationContext context, RunLauncher.Result result, PrintWriter out, PrintWriter err)
            throws IOException {
        if (result.skipped() != null) {
            out.println("no run: " + result.skipped());
            return ExitCodes.OK;
        }
        if (!result.completed()) {
            String reason = result.exitDescription() == null || result.exitDescription().isBlank()
                    ? result.status().name() : result.exitDescription().lines().findFirst().orElse("");
            String cause = result.cause() == null || reason.contains(result.cause()) ? ""
                    : " (cause: " + result.cause() + ")";
            err.println("berichtenbatch: run " + result.run() + " failed: " + reason + cause
                    + " (continue it with: berichtenbatch jobs restart " + result.run() + ")");
            memoryHint(result.run(), result.cause(), err);
            return ExitCodes.FAILED;
        }
        Path reports = context.getBean(Workspace.class).reports();
        Path json = RunReportWriter.jsonFile(reports, result.run());
        Path html = RunReportWriter.htmlFile(reports, result.run());
        if (Files.exists(json)) {
            RunSummary.print(json, html, out);
        } else {
            out.println("run " + result.run() + " completed");
        }
        return ExitCodes.OK;
    }

    /**
     * How to continue a run that ran out of memory, when {@code cause} ("class: message" or a class name) is an
     * OutOfMemoryError; for a run that failed (this class) and for one whose failure broke the job itself (the
     * database closed after H2 ran out of memory: {@link Cli}).
     */
    static void memoryHint(long run, String cause, PrintWriter err) {
        if (cause != null && cause.startsWith(OutOfMemoryError.class.getName())) {
            err.println("berichtenbatch: the JVM ran out of memory; give it more and continue the run, e.g. "
                    + "BERICHTENBATCH_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx4g\" berichtenbatch jobs restart " + run);
        }
    }
}
