package nl.berichtenbatch.validation;

import java.time.LocalDate;

import nl.berichtenbatch.message.MessageHeader;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.ClientIds;
import nl.berichtenbatch.state.History;
import nl.berichtenbatch.state.Scope;

/**
 * What a rule sees: the message (passed level 1), its pair scope, the history of earlier messages (read-only),
 * the pseudonyms of clients and the run date (the receiver's "system date").
 */
public record RuleContext(MessageRead message, Scope scope, History history, ClientIds clients, LocalDate runDate,
        Memo memo) {

    public RuleContext(MessageRead message, Scope scope, History history, ClientIds clients, LocalDate runDate) {
        this(message, scope, history, clients, runDate, new Memo());
    }

    /**
     * What several rules derive from the message in the same way (e.g. the prestaties of a 323), derived once per
     * assessment. Only for values that depend on the message and the context alone.
     */
    public static final class Memo {
        private final java.util.Map<Object, Object> values = new java.util.HashMap<>();

        @SuppressWarnings("unchecked")
        <T> T get(Object key, java.util.function.Supplier<T> derive) {
            Object value = values.get(key);
            if (value == null) {
                value = derive.get();
                values.put(key, value);
            }
            return (T) value;
        }
    }

    /** A value derived once per assessment (see {@link Memo}). */
    public <T> T derived(Object key, java.util.function.Supplier<T> derive) {
        return memo.get(key, derive);
    }

    public XmlElement root() {
        return message.root();
    }

    public MessageKind kind() {
        return message.kind();
    }

    public MessageHeader header() {
        return message.header();
    }

    /** The pseudonym of the message's client ({@code Client/Bsn}); null for messages without one (319, 323). */
    public String client() {
        return root().value("Client/Bsn").map(clients::of).orElse(null);
    }
}
