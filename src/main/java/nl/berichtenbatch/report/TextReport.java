package nl.berichtenbatch.report;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.berichtenbatch.validation.Outcome;

/** The readable form of message results, for people at a terminal. */
public final class TextReport {

    private TextReport() {
    }

    /** One block per message: outcome, file, what it is, then one line per finding. */
    public static void message(MessageReport report, PrintWriter out) {
        StringBuilder line = new StringBuilder(String.format("%-9s %s", report.outcome(), report.file()));
        if (report.message() != null) {
            line.append("  (").append(report.standard().equals("ijw") ? "iJw" : "iWmo").append(' ')
                    .append(report.release()).append(' ').append(report.message());
            if (report.sender() != null && report.receiver() != null) {
                line.append(", ").append(report.sender()).append(" -> ").append(report.receiver());
            }
            if (report.identification() != null) {
                line.append(", identificatie ").append(report.identification());
            }
            line.append(')');
        }
        out.println(line);
        for (MessageReport.FindingReport finding : report.findings()) {
            String position = finding.line() == null ? ""
                    : " line " + finding.line() + (finding.column() == null ? "" : ":" + finding.column());
            String code = finding.retourcode() == null ? "" : " [" + finding.retourcode() + "]";
            out.println("          " + finding.rule() + code + position + "  " + finding.text());
        }
    }

    /** A closing line: how many files, per outcome. */
    public static void summary(List<MessageReport> reports, PrintWriter out) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        reports.forEach(r -> counts.merge(Outcome.valueOf(r.outcome()), 1L, Long::sum));
        String parts = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase())
                .collect(Collectors.joining(", "));
        out.println(reports.size() + (reports.size() == 1 ? " file: " : " files: ") + parts + ".");
    }
}
