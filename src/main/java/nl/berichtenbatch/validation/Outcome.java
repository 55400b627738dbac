package nl.berichtenbatch.validation;

/** What happened to a message (design.md 4.6). */
public enum Outcome {
    /** Inbound heenbericht that passed every level; header-only retour. */
    ACCEPTED,
    /** Inbound heenbericht rejected at level 2-4; retour with codes. */
    REJECTED,
    /** Level 1 failed: no retour, file to rejected/. */
    INVALID,
    /** The exact bytes were processed before. */
    DUPLICATE,
    /** Not addressed to one of our identities. */
    MISROUTED,
    /** A 323 whose 325 approves some prestaties and rejects others. */
    PARTIAL,
    /** Outgoing message that passed our checks and was sent. */
    SENT,
    /** Outgoing message held back because it failed our checks. */
    HELD,
    /** Received retour or 325, recorded against what it answers. */
    RECORDED;

    /**
     * Outcomes a person should look at: the message was not accepted as it is, wholly or in part (a PARTIAL
     * declaration's rejected prestaties). The run summary and the HTML report list these files with their reasons.
     */
    public boolean needsAttention() {
        return this == REJECTED || this == INVALID || this == HELD || this == MISROUTED || this == PARTIAL;
    }
}
