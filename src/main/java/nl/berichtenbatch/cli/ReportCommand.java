package nl.berichtenbatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.berichtenbatch.config.Settings;
import nl.berichtenbatch.inbox.Workspace;
import nl.berichtenbatch.report.RunReportWriter;
import nl.berichtenbatch.report.RunSummary;
import nl.berichtenbatch.report.VariantPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report [RUN]}: prints a run's summary and renders its HTML report again from the JSON. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Prints the summary of a run report (default: the latest) and renders its HTML again.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:usage error (no such report)"},
        footerHeading = "%nExamples:%n",
        footer = {"  berichtenbatch report", "  berichtenbatch report 17", "  berichtenbatch report overdue",
            "  berichtenbatch report variants --from 2026-01-01 --to 2026-03-31 --html a.html"},
        subcommands = {ReportCommand.Overdue.class, ReportCommand.Variants.class})
final class ReportCommand implements Callable<Integer> {

    /** {@code report overdue}: what is overdue and what falls due in the next 2 werkdagen, per partner. */
    @Command(name = "overdue", mixinStandardHelpOptions = true,
            description = "Deadlines in werkdagen (retours, 325s, answers to requests, stops): what is overdue and "
                    + "what falls due in the next 2 werkdagen, per partner.",
            footerHeading = "%nExample:%n", footer = "  berichtenbatch report overdue --date 2026-12-01")
    static final class Overdue implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        ReportCommand report;

        @picocli.CommandLine.Option(names = "--date", paramLabel = "DATE", description = "Reference day (default: today).")
        java.time.LocalDate date;

        @picocli.CommandLine.Option(names = "--json", description = "The report as JSON.")
        boolean json;

        @Override
        public Integer call() {
            java.io.PrintWriter out = report.spec.commandLine().getOut();
            try (var context = SpringContexts.open(report.parent.settings())) {
                var overdue = context.getBean(nl.berichtenbatch.deadline.Deadlines.class).report(date != null ? date
                        : java.time.LocalDate.now(nl.berichtenbatch.job.RunLauncher.NETHERLANDS));
                if (json) {
                    out.println(nl.berichtenbatch.report.ReportJson.pretty(overdue));
                } else {
                    nl.berichtenbatch.deadline.OverdueText.print(overdue, out);
                }
            }
            return ExitCodes.OK;
        }
    }

    /** {@code report variants}: the steering picture per variant and aanbieder over a period, from the state store. */
    @Command(name = "variants", mixinStandardHelpOptions = true,
            description = {"Totals per uitvoeringsvariant and per aanbieder over a period: allocations, starts, "
                    + "stops, declarations, prestaties, declared and approved amounts (cents) and rejections per "
                    + "retourcode, summed from the message reports of the runs in the period.",
                "A message belongs to the date of the run that processed it; both dates are inclusive. Only runs "
                    + "with a contracts file have variant facts. Without --csv or --html the CSV goes to standard "
                    + "output."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:printed or written", "1:technical failure (database, disk)",
                "2:usage error (e.g. --from after --to)"},
            footerHeading = "%nExamples:%n",
            footer = {"  berichtenbatch report variants --from 2026-01-01 --to 2026-01-31",
                "  berichtenbatch report variants --from 2026-01-01 --to 2026-03-31 --html a.html"})
    static final class Variants implements Callable<Integer> {

        @ParentCommand
        ReportCommand report;

        @picocli.CommandLine.Option(names = "--from", required = true, paramLabel = "DATE",
                description = "First day of the period (yyyy-mm-dd), inclusive.")
        java.time.LocalDate from;

        @picocli.CommandLine.Option(names = "--to", required = true, paramLabel = "DATE",
                description = "Last day of the period (yyyy-mm-dd), inclusive.")
        java.time.LocalDate to;

        @picocli.CommandLine.Option(names = "--csv", paramLabel = "FILE",
                description = "Write the CSV to FILE (atomically) instead of standard output.")
        Path csv;

        @picocli.CommandLine.Option(names = "--html", paramLabel = "FILE",
                description = "Write the HTML page to FILE (atomically).")
        Path html;

        @Override
        public Integer call() {
            if (from.isAfter(to)) {
                throw new UsageException("--from " + from + " is after --to " + to);
            }
            java.io.PrintWriter out = report.spec.commandLine().getOut();
            try (var context = SpringContexts.open(report.parent.settings())) {
                VariantPeriod period = VariantPeriod.read(
                        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class), from, to);
                if (csv == null && html == null) {
                    out.print(period.csv());
                }
                if (csv != null) {
                    out.println("CSV: " + period.writeCsv(csv));
                }
                if (html != null) {
                    out.println("HTML: " + period.writeHtml(html));
                }
                out.flush();
            }
            return ExitCodes.OK;
        }
    }

    @ParentCommand
    BerichtenbatchCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RUN", description = "The run id (default: the latest report).")
    Long run;

    @Override
    public Integer call() throws Exception {
        Settings settings = parent.settings();
        Path reports = new Workspace(settings.berichtenbatch().dataDir()).reports();
        Path json = run != null ? RunReportWriter.jsonFile(reports, run) : latest(reports);
        if (json == null || !Files.exists(json)) {
            throw new UsageException("no run report " + (run == null ? "" : "for run " + run + " ") + "in " + reports);
        }
        // read from the file a message at a time, for each pass: the report of a large run does not fit in memory
        Path html = new RunReportWriter().writeHtmlAgain(json, reports);
        RunSummary.print(json, html, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private static Path latest(Path reports) throws java.io.IOException {
        if (!Files.isDirectory(reports)) {
            return null;
        }
        try (var files = Files.list(reports)) {
            return files.filter(f -> f.getFileName().toString().matches("run-\\d+\\.json"))
                    .max(java.util.Comparator.comparingLong(f -> Long.parseLong(
                            f.getFileName().toString().replaceAll("\\D", ""))))
                    .orElse(null);
        }
    }
}
