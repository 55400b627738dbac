package nl.berichtenbatch.audit;

/**
 * The end of the chain as {@code audit_head} records it. Keeping a copy elsewhere (a run report, a log shipped
 * off the machine) lets a later check show that the chain was not rewritten up to that point.
 *
 * @param lastSeq  the seq of the last event, 0 when there is none
 * @param lastHash the hash of the last event, 64 zeros when there is none
 */
public record AuditHead(long lastSeq, String lastHash) {
}
