package nl.berichtenbatch.state;

import java.time.LocalDate;

import nl.berichtenbatch.message.MessageKind;

/**
 * A message that passed level 1, as the state remembers it.
 *
 * @param direction {@code IN} (received) or {@code OUT} (sent by us)
 * @param effective part of the history: accepted by us, or sent and not rejected by the partner
 */
public record MessageRecord(long runId, Long runFileId, String direction, MessageKind kind, String sender,
        String receiver, Scope scope, String identificatie, LocalDate dagtekening, String sha256, String fileName,
        String outcome, boolean effective) {
}
