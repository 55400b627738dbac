package nl.berichtenbatch.audit;

import java.util.Optional;

/**
 * The outcome of {@link AuditTrail#verify()}.
 *
 * @param checked the number of events found intact, in seq order, before the first problem (all when intact)
 * @param head    the head as read at the start of the check, or null when {@code audit_head} has no row
 * @param problem the first problem in seq order, or null when the trail is intact
 */
public record VerifyResult(long checked, AuditHead head, Problem problem) {

    public boolean intact() {
        return problem == null;
    }

    public Optional<Problem> firstProblem() {
        return Optional.ofNullable(problem);
    }

    /** One line for the operator, e.g. for {@code audit verify}. */
    public String summary() {
        if (intact()) {
            return "audit trail intact: " + checked + " events, last hash " + head.lastHash();
        }
        return "audit trail NOT intact: " + problem.message() + " (" + checked + " events intact before it)";
    }

    /** What is wrong; each kind names the tampering it reveals. */
    public enum Kind {
        /** The event's hash does not match its content: the row was changed. */
        CHANGED,
        /** The event's previous hash is not the hash of the event before: a row was inserted or replaced. */
        BROKEN_LINK,
        /** The seq is lower than the one expected (e.g. 0 or negative): a row was inserted. */
        OUT_OF_SEQUENCE,
        /** One or more seqs are missing before this event: rows were deleted. */
        MISSING,
        /** The head names a later last event than the trail holds: the newest rows were deleted. */
        MISSING_AT_END,
        /** The event lies beyond the head: it was added without the audit trail. */
        NOT_IN_HEAD,
        /** The head's hash is not the hash of the last event: the last row was replaced. */
        HEAD_MISMATCH,
        /** {@code audit_head} has no row. */
        NO_HEAD
    }

    /**
     * @param kind    what is wrong
     * @param seq     the seq where it shows (the first missing seq for {@link Kind#MISSING})
     * @param message one line for the operator
     */
    public record Problem(Kind kind, long seq, String message) {
    }
}
