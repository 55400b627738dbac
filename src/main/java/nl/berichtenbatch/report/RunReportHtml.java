package nl.berichtenbatch.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.berichtenbatch.report.MessageReport.FindingReport;
import nl.berichtenbatch.report.RunReport.Mismatch;
import nl.berichtenbatch.report.RunReport.VariantTotals;
import nl.berichtenbatch.validation.Outcome;
import nl.berichtenbatch.validation.RetourCode;
import nl.berichtenbatch.validation.Severity;

/**
 * The run report as one self-contained HTML page for people: inline CSS, no scripts, nothing loaded from elsewhere.
 * Every value from the report is escaped, because file names and finding texts come from outside.
 */
final class RunReportHtml {

    /** Row label for files whose message type could not be read (level 1). */
    static final String UNKNOWN_TYPE = "onbekend";

    static final String NO_CONTRACTS = "Geen contracten geconfigureerd: de controles die contracten nodig hebben "
            + "(TR341 bij aspecifieke en generieke toewijzingen, TR346 bij uurtarieven in minuten, TR418 en de controles "
            + "op uitvoeringsvarianten) zijn niet uitgevoerd, en er zijn geen totalen per variant.";

    private static final String WARNING = Severity.WARNING.jsonName();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:70rem;\
            padding:0 1rem;color:#1f2328;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.3rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
            h3{font-size:1rem;margin:1.2rem 0 .3rem;word-break:break-all}
            table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem}
            th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.n,th.n{text-align:right}td.zero{color:#afb8c1}
            tr.total td{font-weight:600;background:#f6f8fa}
            dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dl.facts dt{font-weight:600}
            dl.facts dd{margin:0}.meta{color:#57606a;font-size:.9rem;margin:.2rem 0}
            code{font-family:ui-monospace,SFMono-Regular,Consolas,monospace;font-size:.88em;word-break:break-all}
            .badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.8rem;font-weight:600;\
            color:#fff;background:#57606a}
            .COMPLETED,.ACCEPTED,.SENT,.RECORDED{background:#1a7f37}.FAILED,.REJECTED,.INVALID,.HELD{background:#cf222e}
            .MISROUTED,.PARTIAL,.DUPLICATE{background:#9a6700}.warning{color:#9a6700}
            """;

    private final ZoneId zone;

    RunReportHtml(ZoneId zone) {
        this.zone = zone;
    }

    /** The whole page as one string: for small reports and tests. */
    String render(RunReport report) {
        StringWriter page = new StringWriter(16_384);
        render(report.head(), MessageSource.of(report.messages()), page);
        return page.toString();
    }

    /**
     * Writes the page to {@code page} a section at a time, never holding more than one message: one pass over the
     * messages sums the tables at the top, a second writes the files that need attention.
     *
     * @throws UncheckedIOException when {@code page} cannot be written
     */
    void render(RunReportHead head, MessageSource messages, Writer page) {
        Tally tally = new Tally();
        messages.forEach(tally::add);
        render(head, tally, messages, page);
    }

    /**
     * Writes the page with the tables summed already ({@code tally}, from every message); one pass over the messages
     * writes the files that need attention.
     */
    void render(RunReportHead head, Tally tally, MessageSource messages, Writer page) {
        StringBuilder html = new StringBuilder(16_384);
        String title = "Run " + head.run() + " – " + head.status();
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>berichtenbatch ").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        overview(head, tally.messages, html);
        perMessageType(tally, html);
        retourCodes(tally, html);
        write(page, html);
        notAccepted(messages, tally.needingAttention, page);
        variants(head, html);
        overdue(head, html);
        html.append("</body>\n</html>\n");
        write(page, html);
    }

    /** The page of {@code report variants}: the steering picture of the runs in a period. */
    String renderPeriod(VariantPeriod period) {
        StringBuilder html = new StringBuilder(8_192);
        String title = "Uitvoeringsvarianten " + period.from() + " t/m " + period.to();
        html.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>berichtenbatch ").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<dl class=\"facts\">\n");
        fact(html, "Periode", period.from() + " t/m " + period.to() + " (datum van verwerking)");
        fact(html, "Runs", Integer.toString(period.runs()));
        fact(html, "Berichten", Integer.toString(period.messages()));
        fact(html, "Met variantgegevens", Integer.toString(period.picture().messages()));
        html.append("</dl>\n");
        if (period.messages() > period.picture().messages()) {
            html.append("<p class=\"contracts\">").append(esc(period.messages() - period.picture().messages()))
                    .append(" berichten zonder variantgegevens: niet meegeteld berichtsoorten of uitkomsten, of ")
                    .append("verwerkt zonder contractenbestand.</p>\n");
        }
        html.append("<h2>Uitvoeringsvarianten</h2>\n");
        VariantPicture picture = period.picture();
        variantSections(picture.variants(), picture.providers(), picture.mismatches(), "deze periode", html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void overview(RunReportHead report, int files, StringBuilder html) {
        html.append("<h1>Run ").append(esc(report.run())).append(" <span class=\"badge ")
                .append(cssClass(report.status())).append("\">").append(esc(report.status()))
                .append("</span></h1>\n<dl class=\"facts\">\n");
        fact(html, "Status", report.status());
        if (report.runDate() != null) {
            fact(html, "Rundatum", report.runDate().toString());
        }
        fact(html, "Begin", time(report.started()));
        fact(html, "Einde", time(report.finished()));
        fact(html, "Duur", report.finished() == null ? "–"
                : duration(Duration.between(report.started(), report.finished())));
        fact(html, "Bestanden", Integer.toString(files));
        html.append("</dl>\n");
    }

    private static void perMessageType(Tally tally, StringBuilder html) {
        html.append("<h2>Per berichtsoort en uitkomst</h2>\n");
        if (tally.messages == 0) {
            html.append("<p>Geen bestanden verwerkt in deze run.</p>\n");
            return;
        }
        html.append("<table class=\"types\">\n<thead><tr><th>Bericht</th>");
        for (Outcome outcome : Outcome.values()) {
            html.append("<th class=\"n\">").append(esc(outcome.name())).append("</th>");
        }
        html.append("<th class=\"n\">Totaal</th></tr></thead>\n<tbody>\n");
        tally.types.forEach((type, counts) -> typeRow(html, "", type, counts));
        typeRow(html, " class=\"total\"", "Totaal", tally.totals);
        html.append("</tbody>\n</table>\n");
    }

    private static void typeRow(StringBuilder html, String rowAttributes, String label, Map<Outcome, Integer> counts) {
        html.append("<tr").append(rowAttributes).append("><td>").append(esc(label)).append("</td>");
        int total = 0;
        for (Outcome outcome : Outcome.values()) {
            int count = counts.getOrDefault(outcome, 0);
            total += count;
            html.append(count == 0 ? "<td class=\"n zero\">" : "<td class=\"n\">").append(count).append("</td>");
        }
        html.append("<td class=\"n\">").append(total).append("</td></tr>\n");
    }

    private static void retourCodes(Tally tally, StringBuilder html) {
        html.append("<h2>Retourcodes, meest voorkomend eerst</h2>\n");
        Map<String, Integer> findings = tally.givenPerCode;
        Map<String, Integer> files = tally.filesPerCode;
        if (findings.isEmpty()) {
            html.append("<p>Geen retourcodes gegeven in deze run.</p>\n");
            return;
        }
        List<String> codes = new ArrayList<>(findings.keySet());
        codes.sort(Comparator.comparing((String code) -> findings.get(code)).reversed().thenComparing(c -> c));
        html.append("<table class=\"codes\">\n<thead><tr><th>Code</th><th>Betekenis</th><th>Regel</th>")
                .append("<th class=\"n\">Aantal</th><th class=\"n\">Bestanden</th></tr></thead>\n<tbody>\n");
        for (String code : codes) {
            RetourCode known = RetourCode.of(code).orElse(null);
            html.append("<tr><td><code>").append(esc(code)).append("</code></td><td>")
                    .append(esc(known == null ? "(onbekende code)" : known.meaning())).append("</td><td>")
                    .append(esc(known == null || known.rule() == null ? "" : known.rule()))
                    .append("</td><td class=\"n\">")
                    .append(findings.get(code)).append("</td><td class=\"n\">").append(files.get(code))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void notAccepted(MessageSource messages, int needingAttention, Writer page) {
        write(page, "<h2>Afgekeurde, deels afgekeurde en tegengehouden bestanden</h2>\n");
        if (needingAttention == 0) {
            write(page, "<p>Geen.</p>\n");
            return;
        }
        StringBuilder html = new StringBuilder(4_096);
        messages.forEach(message -> {
            if (needsAttention(message)) {
                rejectedFile(message, html);
                write(page, html);
            }
        });
    }

    private static void rejectedFile(MessageReport message, StringBuilder html) {
        html.append("<section class=\"file\">\n<h3><span class=\"badge ").append(cssClass(message.outcome()))
                .append("\">").append(esc(message.outcome())).append("</span> <code>").append(esc(message.file()))
                .append("</code></h3>\n<p class=\"meta\">").append(esc(describe(message))).append("</p>\n");
        List<FindingReport> findings = findings(message);
        if (findings.isEmpty()) {
            html.append("<p>Geen reden vastgelegd.</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"findings\">\n<thead><tr><th>Regel</th><th>Ernst</th><th>Retourcode</th>")
                .append("<th>Locatie</th><th class=\"n\">Regelnr.</th><th>Melding</th></tr></thead>\n<tbody>\n");
        for (FindingReport finding : findings.subList(0, Math.min(findings.size(), FINDINGS_SHOWN_PER_FILE))) {
            String meaning = RetourCode.of(finding.retourcode()).map(RetourCode::meaning).orElse(null);
            html.append("<tr><td>").append(esc(finding.rule())).append("</td><td")
                    .append(WARNING.equals(finding.severity()) ? " class=\"warning\">" : ">")
                    .append(esc(finding.severity())).append("</td><td>");
            if (finding.retourcode() != null) {
                html.append("<code");
                if (meaning != null) {
                    html.append(" title=\"").append(esc(meaning)).append('"');
                }
                html.append('>').append(esc(finding.retourcode())).append("</code>");
            }
            html.append("</td><td><code>").append(esc(finding.location())).append("</code></td><td class=\"n\">")
                    .append(esc(finding.line())).append("</td><td>").append(esc(finding.text()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (findings.size() > FINDINGS_SHOWN_PER_FILE) {
            Map<String, Integer> more = new LinkedHashMap<>();
            findings.subList(FINDINGS_SHOWN_PER_FILE, findings.size())
                    .forEach(finding -> more.merge(String.valueOf(finding.rule()), 1, Integer::sum));
            html.append("<p class=\"meta\">En nog ").append(findings.size() - FINDINGS_SHOWN_PER_FILE)
                    .append(" meldingen, alle in het JSON-rapport: ");
            String separator = "";
            for (Map.Entry<String, Integer> rule : more.entrySet()) {
                html.append(separator).append(esc(rule.getKey())).append(" &times; ").append(rule.getValue());
                separator = ", ";
            }
            html.append(".</p>\n");
        }
        html.append("</section>\n");
    }

    /**
     * Findings listed per file in the HTML; the rest are counted per rule (the JSON has them all). A declaration of
     * 22,000 clients can have a finding for each, and a page with all of them (113 MB for eight such files) is more
     * than a browser opens.
     */
    static final int FINDINGS_SHOWN_PER_FILE = 100;

    private static void overdue(RunReportHead report, StringBuilder html) {
        if (report.overdue() == null) {
            return;
        }
        var overdue = report.overdue();
        html.append("<h2>Termijnen</h2>\n<p>").append(esc(overdue.totalOverdue())).append(" verlopen, ")
                .append(esc(overdue.totalDueSoon())).append(" te verlopen tot en met ").append(esc(overdue.dueBy()))
                .append(" (peildatum ").append(esc(overdue.date())).append(").</p>\n");
        if (overdue.partners().isEmpty()) {
            return;
        }
        html.append("<table><tr><th>partner</th><th>wat</th><th>bericht</th><th>referentie</th><th>termijn</th>"
                + "<th>wie</th><th></th></tr>\n");
        for (var partner : overdue.partners()) {
            for (var list : java.util.List.of(partner.overdue(), partner.dueSoon())) {
                for (var d : list) {
                    html.append("<tr><td>").append(esc(partner.partner())).append("</td><td>").append(esc(d.kind()))
                            .append("</td><td>").append(esc(d.messageType())).append(' ')
                            .append(esc(d.identificatie())).append("</td><td>").append(esc(d.reference()))
                            .append("</td><td>").append(esc(d.due())).append("</td><td>").append(esc(d.duty()))
                            .append("</td><td>").append(list == partner.overdue() ? "verlopen" : "binnenkort")
                            .append("</td></tr>\n");
                }
            }
        }
        html.append("</table>\n");
    }

    private static void variants(RunReportHead report, StringBuilder html) {
        html.append("<h2>Uitvoeringsvarianten</h2>\n");
        if (report.variants() == null) {
            html.append("<p>").append(esc(NO_CONTRACTS)).append("</p>\n");
            return;
        }
        variantSections(report.variants(), report.providers(), report.mismatches(), "deze run", html);
    }

    /** The tables per variant and per aanbieder and the list of mismatches: of a run, or of a period. */
    static void variantSections(Map<String, VariantTotals> variants, Map<String, Map<String, VariantTotals>> providers,
            List<Mismatch> mismatches, String where, StringBuilder html) {
        if (variants.values().stream().allMatch(VariantTotals.NONE::equals)) {
            html.append("<p>Geen toewijzingen, starts, stops of declaraties in ").append(esc(where)).append(".</p>\n");
        } else {
            variantTable(html, "variants", "Variant", false);
            variants.forEach((variant, totals) -> variantRow(html, null, variant, totals));
            html.append("</tbody>\n</table>\n");
        }
        if (providers != null && !providers.isEmpty()) {
            html.append("<h3>Per aanbieder</h3>\n");
            variantTable(html, "providers", "Variant", true);
            providers.forEach((agb, totals) -> totals.forEach((variant, t) -> variantRow(html, agb, variant, t)));
            html.append("</tbody>\n</table>\n");
        }
        html.append("<h3>Afwijkingen van het contract</h3>\n");
        if (mismatches == null || mismatches.isEmpty()) {
            html.append("<p>Geen.</p>\n");
            return;
        }
        html.append("<table class=\"mismatches\">\n<thead><tr><th>Bestand</th><th>Variant</th><th>Regel</th>")
                .append("<th>Melding</th></tr></thead>\n<tbody>\n");
        for (Mismatch mismatch : mismatches) {
            html.append("<tr><td><code>").append(esc(mismatch.file())).append("</code></td><td>")
                    .append(esc(mismatch.variant())).append("</td><td>").append(esc(mismatch.rule()))
                    .append("</td><td>")
                    .append(esc(mismatch.text())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void variantTable(StringBuilder html, String cssClass, String first, boolean perProvider) {
        html.append("<table class=\"").append(cssClass).append("\">\n<thead><tr>")
                .append(perProvider ? "<th>Aanbieder</th>" : "").append("<th>").append(first).append("</th>")
                .append("<th class=\"n\">Toewijzingen</th>")
                .append("<th class=\"n\">Starts</th><th class=\"n\">Stops</th><th class=\"n\">Declaraties</th>")
                .append("<th class=\"n\">Prestaties</th><th class=\"n\">Gedeclareerd</th>")
                .append("<th class=\"n\">Toegekend</th><th>Afwijzingen</th></tr></thead>\n<tbody>\n");
    }

    private static void variantRow(StringBuilder html, String provider, String variant, VariantTotals totals) {
        StringBuilder rejections = new StringBuilder();
        totals.rejections().forEach((code, count) -> rejections.append(rejections.isEmpty() ? "" : ", ")
                .append(code).append(" × ").append(count));
        html.append("<tr>");
        if (provider != null) {
            html.append("<td>").append(esc(provider)).append("</td>");
        }
        html.append("<td>").append(esc(variant)).append("</td><td class=\"n\">").append(totals.allocations())
                .append("</td><td class=\"n\">").append(totals.starts()).append("</td><td class=\"n\">")
                .append(totals.stops()).append("</td><td class=\"n\">").append(totals.declarations())
                .append("</td><td class=\"n\">").append(totals.prestaties()).append("</td><td class=\"n\">")
                .append(esc(euros(totals.declaredCents()))).append("</td><td class=\"n\">")
                .append(esc(euros(totals.approvedCents()))).append("</td><td>").append(esc(rejections))
                .append("</td></tr>\n");
    }

    /** What the tables at the top of the page sum over the messages: small, however many messages there are. */
    static final class Tally {

        int messages;
        int needingAttention;
        /** Per message type, the unknown type last. */
        final Map<String, Map<Outcome, Integer>> types =
                new TreeMap<>(Comparator.comparing((String type) -> type.equals(UNKNOWN_TYPE)).thenComparing(t -> t));
        final Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        /** Per retour code: how often it was given, and to how many files. */
        final Map<String, Integer> givenPerCode = new HashMap<>();
        final Map<String, Integer> filesPerCode = new HashMap<>();

        void add(MessageReport message) {
            messages++;
            if (needsAttention(message)) {
                needingAttention++;
            }
            String type = message.message() == null ? UNKNOWN_TYPE : message.message();
            Outcome outcome = Outcome.valueOf(message.outcome());
            types.computeIfAbsent(type, t -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
            totals.merge(outcome, 1, Integer::sum);
            Set<String> codes = new HashSet<>();
            for (FindingReport finding : findings(message)) {
                if (finding.retourcode() != null) {
                    givenPerCode.merge(finding.retourcode(), 1, Integer::sum);
                    codes.add(finding.retourcode());
                }
            }
            codes.forEach(code -> filesPerCode.merge(code, 1, Integer::sum));
        }
    }

    /** Hands what has been built to the page and starts again, so that the page is never one string. */
    private static void write(Writer page, StringBuilder html) {
        write(page, (CharSequence) html);
        html.setLength(0);
    }

    private static void write(Writer page, CharSequence html) {
        try {
            page.append(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files that need a person's attention, the same choice as the text summary. */
    static boolean needsAttention(MessageReport message) {
        return Outcome.valueOf(message.outcome()).needsAttention();
    }

    static List<FindingReport> findings(MessageReport message) {
        return message.findings() == null ? List.of() : message.findings();
    }

    private static String describe(MessageReport message) {
        List<String> parts = new ArrayList<>();
        parts.add(message.message() == null ? "berichtsoort onbekend" : message.message());
        if (message.sender() != null || message.receiver() != null) {
            parts.add(orDash(message.sender()) + " → " + orDash(message.receiver()));
        }
        if (message.identification() != null) {
            parts.add("identificatie " + message.identification());
        }
        if (message.level() != null) {
            parts.add("niveau " + message.level());
        }
        parts.add(message.direction());
        if (message.output() != null) {
            parts.add("uitvoer " + message.output());
        }
        return String.join(" · ", parts.stream().filter(p -> p != null).toList());
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }

    private static void fact(StringBuilder html, String term, String value) {
        html.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atZone(zone));
    }

    /** Dutch style: "4,2 s", "2 min 05 s", "1 u 02 min 05 s". */
    static String duration(Duration duration) {
        if (duration.isNegative()) {
            return "–";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            long tenths = duration.toMillis() / 100;
            return (tenths / 10) + "," + (tenths % 10) + " s";
        }
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        String rest = String.format("%02d min %02d s", minutes, seconds % 60);
        return hours == 0 ? rest.replaceFirst("^0", "") : hours + " u " + rest;
    }

    static String euros(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return "€ " + sign + (abs / 100) + "," + String.format("%02d", abs % 100);
    }

    /** A CSS class name from a status or outcome: letters only, so a strange value cannot break out. */
    private static String cssClass(String value) {
        return value == null ? "" : value.replaceAll("[^A-Za-z]", "");
    }

    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
