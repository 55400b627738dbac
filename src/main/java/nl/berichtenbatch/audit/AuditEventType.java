package nl.berichtenbatch.audit;

/** What happened; stored by name in {@code audit_event.event} (at most 40 characters). */
public enum AuditEventType {

    /** A job run started; {@code runId} is the job execution. */
    RUN_STARTED,
    /** A job run ended; the detail says how. */
    RUN_FINISHED,
    /** A file was claimed from the inbox or the outgoing folder. */
    MESSAGE_RECEIVED,
    /** An incoming message passed all levels and was passed on to {@code accepted/}. */
    MESSAGE_ACCEPTED,
    /** A 323 of which the 325 approves some prestaties and rejects others. */
    MESSAGE_PARTIAL,
    /** An incoming message was rejected at level 2, 3 or 4 (a retour with codes). */
    MESSAGE_REJECTED,
    /** A file failed level 1: no retour, moved to {@code rejected/}. */
    MESSAGE_INVALID,
    /** A received retour or 325 updated the status of what it answers. */
    MESSAGE_RECORDED,
    /** A file with the exact bytes of an earlier one, moved to {@code duplicates/}. */
    DUPLICATE,
    /** A file not addressed to one of the configured identities, moved to {@code rejected/}. */
    MISROUTED,
    /** A retour (or 325) was written to {@code outbox/}. */
    RETOUR_WRITTEN,
    /** A valid outgoing message was moved to {@code outbox/}. */
    MESSAGE_SENT,
    /** An invalid outgoing message was moved to {@code outgoing-rejected/}, never sent. */
    MESSAGE_HELD,
    /** An operator command that reads or changes client data or runs (e.g. audit search, jobs restart). */
    OPERATOR_COMMAND
}
