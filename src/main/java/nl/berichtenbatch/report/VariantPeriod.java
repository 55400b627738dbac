package nl.berichtenbatch.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.berichtenbatch.inbox.RunFiles;

import nl.berichtenbatch.report.RunReport.VariantTotals;

/**
 * The steering picture over a period ({@code report variants --from --to}): the variant facts that the messages of
 * the runs in the period stored with their reports, summed as a run report sums them. A message belongs to the day
 * of its run (the run's date in the Netherlands); only runs that finished their files (COMPLETED, STOPPED) count, so
 * a failed run is counted once it is restarted and completed.
 *
 * @param runs     the runs in the period
 * @param messages the files those runs processed, with or without variant facts
 */
public record VariantPeriod(LocalDate from, LocalDate to, int runs, int messages, VariantPicture picture) {

    /** The columns of the CSV, as the README documents them. */
    public static final String CSV_HEADER =
            "aanbieder,variant,allocations,starts,stops,declarations,prestaties,declaredCents,approvedCents,rejections";

    private static final String FINISHED = "('COMPLETED', 'STOPPED')";

    /**
     * Reads the period from the state store; both dates inclusive. The stored reports are read a page at a time per
     * run and summed as they come, so a period of many large runs is never held in memory.
     */
    public static VariantPeriod read(JdbcClient jdbc, LocalDate from, LocalDate to) {
        List<Long> runs = jdbc.sql("select id from run where run_date >= ? and run_date <= ? and status in " + FINISHED
                        + " order by id")
                .params(from, to).query(Long.class).list();
        VariantPicture picture = new VariantPicture();
        int[] messages = {0};
        for (long run : runs) {
            RunFiles.eachReport(jdbc, run, json -> {
                if (json != null) {
                    picture.add(ReportJson.read(json, MessageReport.class));
                    messages[0]++;
                }
            });
        }
        return new VariantPeriod(from, to, runs.size(), messages[0], picture);
    }

    /**
     * The totals as CSV: first one row per variant over all aanbieders (an empty {@code aanbieder}), then one row per
     * aanbieder and variant. {@code rejections} is {@code code:count} pairs separated by spaces, e.g.
     * {@code 9321:2 9340:1}.
     */
    public String csv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        picture.variants().forEach((variant, totals) -> row(csv, "", variant, totals));
        picture.providers().forEach((agb, totals) -> totals.forEach((variant, t) -> row(csv, agb, variant, t)));
        return csv.toString();
    }

    /** The page for people: the same totals, per aanbieder, and every mismatch. */
    public String html() {
        return new RunReportHtml(ZoneId.systemDefault()).renderPeriod(this);
    }

    public Path writeCsv(Path file) {
        return RunReportWriter.writeAtomically(file, csv());
    }

    public Path writeHtml(Path file) {
        return RunReportWriter.writeAtomically(file, html());
    }

    private static void row(StringBuilder csv, String aanbieder, String variant, VariantTotals t) {
        csv.append(field(aanbieder)).append(',').append(field(variant)).append(',').append(t.allocations()).append(',')
                .append(t.starts()).append(',').append(t.stops()).append(',').append(t.declarations()).append(',')
                .append(t.prestaties()).append(',').append(t.declaredCents()).append(',').append(t.approvedCents())
                .append(',').append(rejections(t.rejections())).append('\n');
    }

    private static String rejections(Map<String, Integer> codes) {
        return codes.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
    }

    /** AGB codes and variant names are plain, but they come from files: quote anything that could break a row. */
    private static String field(String value) {
        return value.matches("[A-Za-z0-9 ._-]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
