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
public record RuleContext(MessageRead message, Scope scope, History history, ClientIds clients, LocalDate runDate) {

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
