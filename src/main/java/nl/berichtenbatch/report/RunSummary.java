package nl.berichtenbatch.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.berichtenbatch.report.MessageReport.FindingReport;
import nl.berichtenbatch.validation.Severity;

/**
 * The few lines {@code process} prints for an operator: the run, its non-zero counts and where the reports are, then
 * the files that need attention with their first reason. The reports have the rest.
 */
public final class RunSummary {

    private static final String WARNING = Severity.WARNING.jsonName();

    /** More would scroll the first line away; the HTML report lists them all. */
    static final int MAX_FILES = 10;

    private RunSummary() {
    }

    /**
     * For example:
     *
     * <pre>
     * Run 17 COMPLETED: 12 accepted, 3 rejected, 1 invalid; reports: data/reports/run-17.json, data/reports/run-17.html
     *   REJECTED  inbox/a.xml: TR019 [9019] line 12: Geen toewijzing met ToewijzingNummer 123
     *   INVALID   inbox/b.xml: XSD line 3: ...
     * </pre>
     */
    public static void print(RunReport report, Path json, Path html, PrintWriter out) {
        print(report.head(), MessageSource.of(report.messages()), json, html, out);
    }

    /** The summary of a head and its messages, going through them once. */
    public static void print(RunReportHead head, MessageSource messages, Path json, Path html, PrintWriter out) {
        Attention attention = new Attention();
        messages.forEach(attention::add);
        print(head, attention, json, html, out);
    }

    /**
     * The summary of the report in {@code json}, read in one pass a message at a time; the messages after the first
     * {@value #MAX_FILES} that need attention are passed over unread (a run of 100,000 files has a report of some
     * 100 MB), as the head's counts say how many there are.
     */
    public static void print(Path json, Path html, PrintWriter out) {
        Attention attention = new Attention();
        RunReportHead head = RunReportWriter.readJson(json, attention::add, () -> attention.first.size() >= MAX_FILES);
        print(head, attention, json, html, out);
    }

    private static void print(RunReportHead report, Attention attention, Path json, Path html, PrintWriter out) {
        List<String> counts = new ArrayList<>();
        report.counts().forEach((outcome, count) -> {
            if (count != 0) {
                counts.add(count + " " + outcome.name().toLowerCase());
            }
        });
        out.println("Run " + report.run() + " " + report.status() + ": "
                + (counts.isEmpty() ? "no files" : String.join(", ", counts))
                + "; reports: " + json + ", " + html);
        attention.first.forEach(out::println);
        int files = report.counts().entrySet().stream().filter(count -> count.getKey().needsAttention())
                .mapToInt(Map.Entry::getValue).sum();
        if (files > attention.first.size()) {
            out.println("  ... and " + (files - attention.first.size()) + " more in " + html);
        }
        out.flush();
        if (report.overdue() != null && report.overdue().totalOverdue() + report.overdue().totalDueSoon() > 0) {
            out.println("Deadlines: " + report.overdue().totalOverdue() + " overdue, " + report.overdue().totalDueSoon()
                    + " falling due by " + report.overdue().dueBy() + " (berichtenbatch report overdue)");
        }
    }

    /** The files that need attention: the lines of the first few. */
    private static final class Attention {

        final List<String> first = new ArrayList<>(MAX_FILES);

        void add(MessageReport message) {
            if (!RunReportHtml.needsAttention(message)) {
                return;
            }
            if (first.size() < MAX_FILES) {
                first.add(String.format("  %-9s %s: %s", message.outcome(), oneLine(message.file()),
                        firstReason(message)));
            }
        }
    }

    /** The first error, else the first finding: the one that decided the outcome. */
    private static String firstReason(MessageReport message) {
        List<FindingReport> findings = RunReportHtml.findings(message);
        FindingReport first = findings.stream().filter(f -> !WARNING.equals(f.severity())).findFirst()
                .orElse(findings.isEmpty() ? null : findings.get(0));
        if (first == null) {
            return "no reason recorded";
        }
        return first.rule() + (first.retourcode() == null ? "" : " [" + first.retourcode() + "]")
                + (first.line() == null ? "" : " line " + first.line()) + ": " + oneLine(first.text());
    }

    /** Names and texts come from outside: no line breaks or terminal control characters in the summary. */
    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString().strip();
    }
}
