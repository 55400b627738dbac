package nl.berichtenbatch.state;

import java.time.LocalDate;

import nl.berichtenbatch.message.MessageKind;

/**
 * A message that passed level 1, as the state remembers it.
 *
 * @param direction  {@code IN} (received) or {@code OUT} (sent by us)
 * @param effective  part of the history: accepted by us, or sent and not rejected by the partner
 * @param xsdBasis   its Header/XsdVersie/BasisschemaXsdVersie, or null (a 325 names it back: TR371)
 * @param xsdBericht its Header/XsdVersie/BerichtXsdVersie, or null
 */
public record MessageRecord(long runId, Long runFileId, String direction, MessageKind kind, String sender,
        String receiver, Scope scope, String identificatie, LocalDate dagtekening, String sha256, String fileName,
        String outcome, boolean effective, String xsdBasis, String xsdBericht) {

    /** A record without XSD versions. */
    public MessageRecord(long runId, Long runFileId, String direction, MessageKind kind, String sender,
            String receiver, Scope scope, String identificatie, LocalDate dagtekening, String sha256, String fileName,
            String outcome, boolean effective) {
        this(runId, runFileId, direction, kind, sender, receiver, scope, identificatie, dagtekening, sha256, fileName,
                outcome, effective, null, null);
    }
}
