package nl.berichtenbatch.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.berichtenbatch.message.MessageHeader;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.MessageResult;

/**
 * One message in a run report or in {@code validate --json}, in the form of design.md 4.6. Field order and
 * names are the contract. {@code variantFacts} comes last and only when contracts are configured, so that reports
 * without it (older ones, {@code validate --json}) read and look as before.
 */
public record MessageReport(String file, String sha256, String direction, String standard, String release,
        String message, String sender, String receiver, String identification, String outcome, Integer level,
        List<FindingReport> findings, String output,
        @JsonInclude(JsonInclude.Include.NON_NULL) VariantFacts variantFacts) {

    /** An entry without variant facts. */
    public MessageReport(String file, String sha256, String direction, String standard, String release,
            String message, String sender, String receiver, String identification, String outcome, Integer level,
            List<FindingReport> findings, String output) {
        this(file, sha256, direction, standard, release, message, sender, receiver, identification, outcome, level,
                findings, output, null);
    }

    /** This entry with what it adds to the steering picture; null leaves it out. */
    public MessageReport withVariantFacts(VariantFacts facts) {
        return new MessageReport(file, sha256, direction, standard, release, message, sender, receiver,
                identification, outcome, level, findings, output, facts);
    }

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
