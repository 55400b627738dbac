package nl.berichtenbatch.state;

import nl.berichtenbatch.message.MessageHeader;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;

/**
 * The pair scope P of a message (validation.md §4): domain, gemeente and aanbieder. Every "earlier message" look-up
 * stays inside it; the histories of the two domains are never mixed.
 */
public record Scope(Standard standard, String gemeente, String aanbieder) {

    /**
     * The scope from a header. A retour carries its heenbericht's header unchanged, so its gemeente is on the side
     * of the heenbericht's sender.
     */
    public static Scope of(MessageKind kind, MessageHeader header) {
        MessageType.Sender sender = kind.type().sender();
        if (kind.type().isRetour()) {
            sender = sender == MessageType.Sender.GEMEENTE ? MessageType.Sender.AANBIEDER : MessageType.Sender.GEMEENTE;
        }
        return sender == MessageType.Sender.GEMEENTE
                ? new Scope(kind.standard(), header.afzender(), header.ontvanger())
                : new Scope(kind.standard(), header.ontvanger(), header.afzender());
    }
}
