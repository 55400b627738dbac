package nl.berichtenbatch.job;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import nl.berichtenbatch.audit.AuditEvent;
import nl.berichtenbatch.audit.AuditEventType;
import nl.berichtenbatch.audit.AuditTrail;
import nl.berichtenbatch.inbox.Outputs;
import nl.berichtenbatch.inbox.RunFiles;
import nl.berichtenbatch.inbox.Workspace;
import nl.berichtenbatch.report.MessageReport;
import nl.berichtenbatch.report.ReportJson;
import nl.berichtenbatch.report.RunReport;
import nl.berichtenbatch.report.RunReportWriter;

/** Ends a run: carries out its outputs, writes its reports and marks it completed. */
final class RunFinisher {

    private final Outputs outputs;
    private final RunFiles runFiles;
    private final Runs runs;
    private final Workspace workspace;
    private final AuditTrail audit;
    private final Clock clock;

    RunFinisher(Outputs outputs, RunFiles runFiles, Runs runs, Workspace workspace, AuditTrail audit, Clock clock) {
        this.outputs = outputs;
        this.runFiles = runFiles;
        this.runs = runs;
        this.workspace = workspace;
        this.audit = audit;
        this.clock = clock;
    }

    void finish(long run) throws java.io.IOException {
        outputs.carryOut();
        List<MessageReport> messages = runFiles.reports(run).stream()
                .map(json -> ReportJson.read(json, MessageReport.class)).toList();
        Runs.Run row = runs.find(run).orElseThrow();
        RunReport report = RunReport.of(run, "COMPLETED", row.started(), clock.instant(), messages);
        RunReportWriter writer = new RunReportWriter();
        Path json = writer.writeJson(report, workspace.reports());
        writer.writeHtml(report, workspace.reports());
        runs.status(run, "COMPLETED");
        audit.append(AuditEvent.bySystem(AuditEventType.RUN_FINISHED, null).withRunId(run)
                .withDetail(messages.size() + " files; report " + workspace.root().relativize(json)));
    }
}
