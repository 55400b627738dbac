package nl.berichtenbatch.report;

import java.util.List;

import nl.berichtenbatch.message.MessageHeader;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.MessageResult;

/**
 * One message in a run report or in {@code validate --json}, in the form of design.md 4.6. Field order and
 * names are the contract.
 */
public record MessageReport(String file, String sha256, String direction, String standard, String release,
        String message, String sender, String receiver, String identification, String outcome, Integer level,
        List<FindingReport> findings, String output) {

    /** A finding as the contract shows it; line and column are added where the file position is known. */
    public record FindingReport(String rule, String severity, String retourcode, String location, String text,
            Integer line, Integer column) {

        static FindingReport of(Finding finding) {
            return new FindingReport(finding.rule(), finding.severity().jsonName(), finding.retourcode(),
                    finding.location(), finding.text(), finding.line() > 0 ? finding.line() : null,
                    finding.column() > 0 ? finding.column() : null);
        }
    }

    public static MessageReport of(String file, String direction, MessageResult result, String output) {
        MessageKind kind = result.read().kind();
        MessageHeader header = result.read().header();
        return new MessageReport(file, result.read().sha256(), direction,
                kind == null ? null : kind.standard().id(), kind == null ? null : kind.release(),
                kind == null ? null : kind.name(), header.afzender(), header.ontvanger(), header.identificatie(),
                result.outcome().name(), result.level(),
                result.findings().stream().map(FindingReport::of).toList(), output);
    }
}
