package nl.berichtenbatch.audit;

import java.util.Objects;

/**
 * One thing to record, as the caller knows it. The client is given by the plain BSN on purpose: the trail
 * stores only its pseudonym, so a caller cannot store a BSN by passing it where a pseudonym was expected.
 * {@link #toString()} never shows the BSN. Blank optional values count as absent.
 *
 * @param type       what happened
 * @param actor      who did it: {@link #SYSTEM} or the operator's user name (at most 100 characters)
 * @param onBehalfOf on behalf of which identity (gemeentecode or AGB code), or null when the event concerns no
 *                   single identity (a run, a misrouted file); at most 100 characters
 * @param clientBsn  the client's BSN in plain form, or null; stored only as its keyed pseudonym
 * @param messageRef which message, e.g. file name and BerichtIdentificatie; nine-digit runs are masked
 * @param runId      the job execution, or null
 * @param detail     a short explanation; nine-digit runs are masked, longer text is cut at 1000 characters
 */
public record AuditEvent(AuditEventType type, String actor, String onBehalfOf, String clientBsn,
                         String messageRef, Long runId, String detail) {

    /** The actor for what the batch does by itself. */
    public static final String SYSTEM = "system";

    static final int MAX_NAME_LENGTH = 100;

    public AuditEvent {
        Objects.requireNonNull(type, "type");
        actor = blankToNull(actor);
        if (actor == null) {
            throw new IllegalArgumentException("an audit event needs an actor (" + SYSTEM + " or a user name)");
        }
        requireShort("actor", actor);
        onBehalfOf = blankToNull(onBehalfOf);
        requireShort("onBehalfOf", onBehalfOf);
        clientBsn = blankToNull(clientBsn);
        messageRef = blankToNull(messageRef);
        detail = blankToNull(detail);
    }

    /** An event done by the batch itself ({@link #SYSTEM}). */
    public static AuditEvent bySystem(AuditEventType type, String onBehalfOf) {
        return new AuditEvent(type, SYSTEM, onBehalfOf, null, null, null, null);
    }

    /** An event done by an operator. */
    public static AuditEvent byOperator(AuditEventType type, String userName, String onBehalfOf) {
        return new AuditEvent(type, userName, onBehalfOf, null, null, null, null);
    }

    public AuditEvent withClientBsn(String bsn) {
        return new AuditEvent(type, actor, onBehalfOf, bsn, messageRef, runId, detail);
    }

    public AuditEvent withMessageRef(String ref) {
        return new AuditEvent(type, actor, onBehalfOf, clientBsn, ref, runId, detail);
    }

    public AuditEvent withRunId(Long run) {
        return new AuditEvent(type, actor, onBehalfOf, clientBsn, messageRef, run, detail);
    }

    public AuditEvent withDetail(String text) {
        return new AuditEvent(type, actor, onBehalfOf, clientBsn, messageRef, runId, text);
    }

    @Override
    public String toString() {
        return "AuditEvent[type=" + type + ", actor=" + actor + ", onBehalfOf=" + onBehalfOf
                + ", client=" + (clientBsn == null ? "none" : "(BSN hidden)")
                + ", messageRef=" + BsnMask.mask(messageRef, clientBsn) + ", runId=" + runId
                + ", detail=" + BsnMask.mask(detail, clientBsn) + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireShort(String name, String value) {
        if (value != null && value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("audit event " + name + " is longer than " + MAX_NAME_LENGTH
                    + " characters");
        }
    }
}
