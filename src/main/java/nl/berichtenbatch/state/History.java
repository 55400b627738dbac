package nl.berichtenbatch.state;

import java.util.List;
import java.util.Optional;

import nl.berichtenbatch.message.MessageKind;

/** What the rules may ask about earlier messages: read-only, scoped to the pair (validation.md §4). */
public interface History {

    /** TR056: a message of this type from this sender with this Identificatie passed level 1 before. */
    boolean identificationUsed(MessageKind kind, String sender, String identificatie);

    /** Live deliveries (status 1, not cancelled) of a client in the scope, oldest first. */
    List<Delivery> liveDeliveries(Scope scope, String client, Delivery.Kind kind);

    /** The current version of an allocation (IV013), if any version is in the history. */
    Optional<Allocation> currentAllocation(Scope scope, long toewijzingNummer);

    /** A history with nothing in it, for {@code validate} without a configured database. */
    History EMPTY = new History() {
        @Override
        public boolean identificationUsed(MessageKind kind, String sender, String identificatie) {
            return false;
        }

        @Override
        public List<Delivery> liveDeliveries(Scope scope, String client, Delivery.Kind kind) {
            return List.of();
        }

        @Override
        public Optional<Allocation> currentAllocation(Scope scope, long toewijzingNummer) {
            return Optional.empty();
        }
    };
}
