package nl.berichtenbatch.audit;

import java.time.Instant;

/**
 * One stored row of {@code audit_event}, as {@code search} and {@code export} return it: the client only as
 * pseudonym. The type is the stored name rather than an {@link AuditEventType}, so that rows written by a newer
 * version can still be read, exported and verified.
 *
 * @param seq             position in the chain, 1, 2, 3, … without gaps
 * @param time            when it happened (microsecond precision, UTC)
 * @param type            the {@link AuditEventType} name
 * @param actor           {@link AuditEvent#SYSTEM} or an operator's user name
 * @param onBehalfOf      gemeentecode or AGB code, or null
 * @param clientPseudonym the client's keyed pseudonym, or null
 * @param messageRef      which message, or null
 * @param runId           the job execution, or null
 * @param detail          short explanation, or null
 * @param prevHash        the hash of the event before (64 zeros for the first)
 * @param hash            SHA-256 over the previous hash, seq and every field (see {@link AuditTrail})
 */
public record AuditRecord(long seq, Instant time, String type, String actor, String onBehalfOf,
                          String clientPseudonym, String messageRef, Long runId, String detail,
                          String prevHash, String hash) {
}
