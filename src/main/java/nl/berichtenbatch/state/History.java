package nl.berichtenbatch.state;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.berichtenbatch.message.MessageKind;

/**
 * What the rules may ask about earlier messages: read-only, scoped to the pair (validation.md §4). Only effective
 * messages count: accepted by us, or sent by us and not rejected by the partner (OP286).
 */
public interface History {

    /** TR056: a message of this type from this sender with this Identificatie passed level 1 before. */
    boolean identificationUsed(MessageKind kind, String sender, String identificatie);

    /** Live deliveries (status 1, not cancelled) of a client in the scope, oldest first. */
    List<Delivery> liveDeliveries(Scope scope, String client, Delivery.Kind kind);

    /** The current version of an allocation (IV013), if any version is in the history. */
    Optional<Allocation> currentAllocation(Scope scope, long toewijzingNummer);

    /** The current version of every allocation of a client in the scope, by ToewijzingNummer ascending. */
    List<Allocation> currentAllocations(Scope scope, String client);

    /** TR332: the ToewijzingNummer was used by this gemeente, in this domain, for another client. */
    boolean allocationNumberUsedForAnotherClient(Scope scope, long toewijzingNummer, String client);

    /** A request is honoured when an allocation in the history carries its ReferentieAanbieder. */
    boolean requestHonoured(Scope scope, String referentieAanbieder);

    /** The requests (315 AangevraagdProduct, 317 Verzoek) with this ReferentieAanbieder, oldest first. */
    List<Request> requests(Scope scope, String referentieAanbieder);

    /** The requests of a client that are neither honoured nor rejected (TR374), oldest first. */
    List<Request> pendingRequests(Scope scope, String client);

    /** The answers (319) to a request, oldest first. */
    List<Answer> answers(Scope scope, String referentieAanbieder);

    /** TR333: a declaration with this DeclaratieNummer is in the history. */
    boolean declarationNumberUsed(Scope scope, String declaratieNummer);

    /** TR318: the latest DeclaratiePeriode/Begindatum of the declarations in the history. */
    Optional<LocalDate> latestDeclarationPeriod(Scope scope);

    /** TR314: a prestatie (approved or not) of a declaration in the history has this ReferentieNummer. */
    boolean referentieNummerUsed(Scope scope, String referentieNummer);

    /** The approved debit with this ReferentieNummer, credited or not (TR323). */
    Optional<Prestatie> approvedDebit(Scope scope, String referentieNummer);

    /** The approved debits on an allocation that no approved credit reverses (TR322, TR369, TR385, TR389). */
    List<Prestatie> approvedUncreditedDebits(Scope scope, long toewijzingNummer);

    /** TR390: an approved credit with this VorigReferentieNummer is in the history. */
    boolean approvedCreditExists(Scope scope, String vorigReferentieNummer);

    /** The 323 of the scope's aanbieder with this BerichtIdentificatie, sent or received, effective or not. */
    Optional<AnsweredDeclaration> declaration(Scope scope, String identificatie, LocalDate dagtekening);

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

        @Override
        public List<Allocation> currentAllocations(Scope scope, String client) {
            return List.of();
        }

        @Override
        public boolean allocationNumberUsedForAnotherClient(Scope scope, long toewijzingNummer, String client) {
            return false;
        }

        @Override
        public boolean requestHonoured(Scope scope, String referentieAanbieder) {
            return false;
        }

        @Override
        public List<Request> requests(Scope scope, String referentieAanbieder) {
            return List.of();
        }

        @Override
        public List<Request> pendingRequests(Scope scope, String client) {
            return List.of();
        }

        @Override
        public List<Answer> answers(Scope scope, String referentieAanbieder) {
            return List.of();
        }

        @Override
        public boolean declarationNumberUsed(Scope scope, String declaratieNummer) {
            return false;
        }

        @Override
        public Optional<LocalDate> latestDeclarationPeriod(Scope scope) {
            return Optional.empty();
        }

        @Override
        public boolean referentieNummerUsed(Scope scope, String referentieNummer) {
            return false;
        }

        @Override
        public Optional<Prestatie> approvedDebit(Scope scope, String referentieNummer) {
            return Optional.empty();
        }

        @Override
        public List<Prestatie> approvedUncreditedDebits(Scope scope, long toewijzingNummer) {
            return List.of();
        }

        @Override
        public boolean approvedCreditExists(Scope scope, String vorigReferentieNummer) {
            return false;
        }

        @Override
        public Optional<AnsweredDeclaration> declaration(Scope scope, String identificatie, LocalDate dagtekening) {
            return Optional.empty();
        }
    };
}
