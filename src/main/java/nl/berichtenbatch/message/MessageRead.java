package nl.berichtenbatch.message;

import java.nio.file.Path;
import java.util.List;

import nl.berichtenbatch.validation.Finding;

/**
 * The result of reading one file and checking it at level 1.
 *
 * @param sha256  hex SHA-256 of the file's bytes; null when the file was not read (too large, unreadable)
 * @param kind    standard, release and message type from the root namespace; null when unknown
 * @param header  the identifying header fields as far as they could be read; never null
 * @param content the file's bytes when it passed level 1 (for the later levels), otherwise null
 * @param root    the message as a tree when it passed level 1, otherwise null
 */
public record MessageRead(Path file, String sha256, MessageKind kind, MessageHeader header, List<Finding> findings,
        byte[] content, XmlElement root) {

    public MessageRead {
        findings = List.copyOf(findings);
    }

    /** Passed level 1: a known message, valid against its schema. */
    public boolean isValid() {
        return kind != null && findings.stream().noneMatch(Finding::isError);
    }
}
