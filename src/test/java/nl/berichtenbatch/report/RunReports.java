package nl.berichtenbatch.report;

import java.time.Instant;
import java.util.List;

import nl.berichtenbatch.report.MessageReport.FindingReport;

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

    private static String standardOf(String message) {
        return message.startsWith("JW") ? "ijw" : "iwmo";
    }
}
