package nl.berichtenbatch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.berichtenbatch.deadline.Deadline;
import nl.berichtenbatch.deadline.OverdueReport;
import nl.berichtenbatch.deadline.OverdueReport.PartnerDeadlines;
import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.report.MessageReport.FindingReport;
import nl.berichtenbatch.report.RunReport.VariantTotals;
import nl.berichtenbatch.report.VariantFacts.MessageMismatch;

/** Named fixtures for run report tests: each test changes only what it is about. */
final class RunReports {

    static final Instant STARTED = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant FINISHED = Instant.parse("2026-03-02T01:02:05.400Z");

    private RunReports() {
    }

    static MessageReport accepted(String file, String message) {
        return new MessageReport(file, "a".repeat(64), "inbound", standardOf(message), "3.2", message, "12345678",
                "0363", "ID-" + file, "ACCEPTED", null, List.of(), "outbox/" + file);
    }

    static MessageReport rejected(String file, String message, FindingReport... findings) {
        return new MessageReport(file, "b".repeat(64), "inbound", standardOf(message), "3.2", message, "12345678",
                "0363", "ID-" + file, "REJECTED", 3, List.of(findings), "outbox/retour-" + file);
    }

    /** A 323 whose 325 approves some prestaties and rejects others. */
    static MessageReport partial(String file, FindingReport... findings) {
        return new MessageReport(file, "e".repeat(64), "inbound", "ijw", "3.2", "JW323", "12345678", "0363",
                "ID-" + file, "PARTIAL", 3, List.of(findings), "outbox/325-" + file);
    }

    static MessageReport invalid(String file, FindingReport... findings) {
        return new MessageReport(file, "c".repeat(64), "inbound", null, null, null, null, null, null, "INVALID", 1,
                List.of(findings), null);
    }

    static MessageReport held(String file, String message, FindingReport... findings) {
        return new MessageReport(file, "d".repeat(64), "outgoing", standardOf(message), "3.2", message, "0363",
                "12345678", "ID-" + file, "HELD", 2, List.of(findings), null);
    }

    static FindingReport error(String rule, String retourcode, String text) {
        return new FindingReport(rule, "error", retourcode, "/Bericht/Client/StartProducten/StartProduct[1]", text,
                null, null);
    }

    static FindingReport xsd(String text, int line) {
        return new FindingReport("XSD", "error", null, null, text, line, 7);
    }

    static FindingReport warning(String rule, String text) {
        return new FindingReport(rule, "warning", null, null, text, null, null);
    }

    static RunReport run(MessageReport... messages) {
        return RunReport.of(17, "COMPLETED", STARTED, FINISHED, List.of(messages));
    }

    /**
     * Reports that between them have every part of the page and the file: each outcome, findings with and without
     * retour codes, lines and positions, variant facts and mismatches, a run date and deadlines, and the sections
     * left out. By name, so that a fixed expected file can be kept for each (src/test/resources/report/NAME.json
     * and NAME.html, written by the whole-report rendering before it streamed).
     */
    static Map<String, RunReport> samples() {
        Map<String, RunReport> samples = new LinkedHashMap<>();
        List<MessageReport> messages = List.of(
                accepted("a.xml", "JW305"),
                rejected("b & <c>.xml", "WMO323", error("TR314", "8021", "RN004 al gebruikt"),
                        warning("BB012", "let op: \"uur\""), error("TR338", "9338", "…")),
                invalid("d.xml", xsd("Element 'Bsn' is ongeldig", 12)),
                held("e.xml", "JW301", error("TR061", "0001", "Geen contact")),
                new MessageReport("f.xml", "e".repeat(64), "inbound", "ijw", "3.2", "JW315", "12345678", "0363",
                        "ID-f", "DUPLICATE", null, List.of(), null),
                rejected("g.xml", "JW305", error("TR338", "9338", "tweede"), error("XX001", "X123", "onbekend")),
                new MessageReport("h.xml", "f".repeat(64), "inbound", "iwmo", "3.2", "WMO325", "0363", "12345678",
                        "ID-h", "RECORDED", null, null, null),
                invalid("i.xml"));
        samples.put("plain", RunReport.of(17, "COMPLETED", STARTED, FINISHED, messages));
        samples.put("empty",
                RunReport.of(3, "STOPPED", STARTED, null, List.of()).withRunDate(LocalDate.of(2026, 3, 2)));
        samples.put("without-contracts", RunReport.of(18, "COMPLETED", STARTED, FINISHED, messages)
                .withRunDate(LocalDate.of(2026, 3, 2)).withOverdue(overdue()).withoutContracts());
        List<MessageReport> withFacts = List.of(
                accepted("a.xml", "JW305").withVariantFacts(new VariantFacts("11111111",
                        Map.of("outputgericht", new VariantTotals(1, 0, 0, 0, 0, 0, 0, Map.of())), List.of())),
                rejected("b.xml", "JW323", error("TR314", "9321", "te veel")).withVariantFacts(new VariantFacts(
                        "00000002", Map.of("inspanningsgericht",
                                new VariantTotals(0, 0, 0, 1, 3, 125050, -100, Map.of("9321", 1))),
                        List.of(new MessageMismatch("inspanningsgericht", "BB101", "Eenheid <uur> past niet")))),
                accepted("c.xml", "JW307"),
                held("d.xml", "JW301", error("TR061", "0001", "Geen contact")).withVariantFacts(
                        new VariantFacts(null, Map.of(VariantFacts.UNKNOWN,
                                new VariantTotals(1, 0, 0, 0, 0, 0, 0, Map.of())), List.of())));
        samples.put("with-contracts", new VariantPicture().addAll(withFacts).applyTo(
                RunReport.of(19, "COMPLETED", STARTED, FINISHED, withFacts).withRunDate(LocalDate.of(2026, 3, 2))
                        .withOverdue(new OverdueReport(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5),
                                List.of()))));
        samples.put("contracts-nothing-counted", new VariantPicture().addAll(List.of(accepted("a.xml", "JW315")))
                .applyTo(RunReport.of(20, "FAILED", STARTED, FINISHED, List.of(accepted("a.xml", "JW315")))));
        return samples;
    }

    private static OverdueReport overdue() {
        LocalDate start = LocalDate.of(2026, 2, 20);
        Deadline late = new Deadline(Deadline.Kind.RETOUR, Deadline.Duty.OURS, Standard.IJW, "0363", "12345678",
                "305", "ID-<1>", null, start, LocalDate.of(2026, 2, 25));
        Deadline soon = new Deadline(Deadline.Kind.STOP, Deadline.Duty.PARTNER, Standard.IWMO, "87654321", "0363",
                "305", "ID-2", "TW-9", start, LocalDate.of(2026, 3, 4));
        return new OverdueReport(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), List.of(
                new PartnerDeadlines("12345678", List.of(late), List.of(soon)),
                new PartnerDeadlines("87654321", List.of(), List.of(soon))));
    }

    private static String standardOf(String message) {
        return message.startsWith("JW") ? "ijw" : "iwmo";
    }
}
