package nl.berichtenbatch.config;

import java.util.Set;

import nl.berichtenbatch.message.MessageType;

/** Which side of the traffic this installation is on (design.md §2). */
public enum Role {

    GEMEENTE(Set.of(MessageType.TOEWIJZING, MessageType.ANTWOORD, MessageType.DECLARATIE_ANTWOORD)),
    AANBIEDER(Set.of(MessageType.START, MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.VERZOEK_OM_WIJZIGING, MessageType.DECLARATIE));

    private final Set<MessageType> sends;

    Role(Set<MessageType> sends) {
        this.sends = sends;
    }

    /** The heenberichten (and for a gemeente the 325) this role sends from {@code outgoing/}. */
    public Set<MessageType> sends() {
        return sends;
    }

    /** Whether this role receives messages of a type in its inbox: the other side's messages and our retours. */
    public boolean receives(MessageType type) {
        if (type.isRetour()) {
            // a retour answers a heenbericht we sent
            return type.answers().map(sends::contains).orElse(false);
        }
        return !sends.contains(type);
    }
}
