package nl.berichtenbatch.job;

import java.nio.file.Path;
import java.time.Clock;

import nl.berichtenbatch.audit.AuditEvent;
import nl.berichtenbatch.audit.AuditEventType;
import nl.berichtenbatch.audit.AuditTrail;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.inbox.Outputs;
import nl.berichtenbatch.inbox.RunFiles;
import nl.berichtenbatch.inbox.Workspace;
import nl.berichtenbatch.report.MessageSource;
import nl.berichtenbatch.report.RunReportHead;
import nl.berichtenbatch.report.RunReportWriter;
import nl.berichtenbatch.report.VariantPicture;

/** Ends a run: carries out its outputs, writes its reports and marks it completed. */
final class RunFinisher {

    private final Outputs outputs;
    private final RunFiles runFiles;
    private final Runs runs;
    private final Workspace workspace;
    private final AuditTrail audit;
    private final Clock clock;
    private final RunControl control;
    private final nl.berichtenbatch.deadline.Deadlines deadlines;
    private final nl.berichtenbatch.inbox.FileClaimer claimer;
    private final Contracts contracts;

    RunFinisher(Outputs outputs, RunFiles runFiles, Runs runs, Workspace workspace, AuditTrail audit, Clock clock,
            RunControl control, nl.berichtenbatch.inbox.FileClaimer claimer,
            nl.berichtenbatch.deadline.Deadlines deadlines, Contracts contracts) {
        this.deadlines = deadlines;
        this.contracts = contracts;
        this.control = control;
        this.claimer = claimer;
        this.outputs = outputs;
        this.runFiles = runFiles;
        this.runs = runs;
        this.workspace = workspace;
        this.audit = audit;
        this.clock = clock;
    }

    void finish(long run) throws java.io.IOException {
        outputs.carryOut();
        boolean stopped = control.stopRequested() && runs.unfinishedFiles(run) > 0;
        if (stopped) {
            claimer.release(run);  // a stop on request: what was not reached waits in inbox/ for the next run
            runs.markReleased(run);
        }
        // read again a page at a time for each pass, never all at once: a run of 100,000 files has reports of ~100 MB
        MessageSource messages = MessageSource.ofJsonLines(each -> runFiles.eachReport(run, each));
        Runs.Run row = runs.find(run).orElseThrow();
        // the steering picture is summed from the facts each message stored, so a restarted run counts every file
        // once; in the same pass as the counts of the head
        VariantPicture picture = new VariantPicture();
        MessageSource countedAndPictured = contracts.configured() ? messages.alsoTo(picture::add) : messages;
        // the deadlines after carryOut: our own answers are written
        RunReportHead report = RunReportHead.of(run, stopped ? "STOPPED" : "COMPLETED", row.started(), clock.instant(),
                countedAndPictured).withRunDate(row.runDate()).withOverdue(deadlines.report(row.runDate()));
        report = contracts.configured() ? picture.applyTo(report) : report.withoutContracts();
        Path json = new RunReportWriter().writeJsonAndHtml(report, messages, workspace.reports());
        runs.status(run, stopped ? "STOPPED" : "COMPLETED");
        audit.append(AuditEvent.bySystem(AuditEventType.RUN_FINISHED, null).withRunId(run)
                .withDetail(report.files() + " files; report " + workspace.root().relativize(json)));
    }
}
