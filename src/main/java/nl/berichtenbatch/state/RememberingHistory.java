package nl.berichtenbatch.state;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import nl.berichtenbatch.message.MessageKind;

/**
 * The history as the rules see it while one message is assessed: every look-up goes to the store once and is
 * remembered, because the rules of a 323 ask for the same allocation once per prestatie and per rule. Valid only while
 * the state does not change, so it lives for one assessment.
 */
final class RememberingHistory implements History {

    private final History store;
    private final Map<List<Object>, Object> answers = new HashMap<>();

    RememberingHistory(History store) {
        this.store = store;
    }

    @SuppressWarnings("unchecked")
    private <T> T remember(Supplier<T> lookUp, Object... question) {
        List<Object> key = Arrays.asList(question);
        if (answers.containsKey(key)) {
            return (T) answers.get(key);
        }
        T answer = lookUp.get();
        answers.put(key, answer);
        return answer;
    }

    @Override
    public boolean identificationUsed(MessageKind kind, String sender, String identificatie) {
        return remember(() -> store.identificationUsed(kind, sender, identificatie), "identificationUsed", kind,
                sender, identificatie);
    }

    @Override
    public List<Delivery> liveDeliveries(Scope scope, String client, Delivery.Kind kind) {
        return remember(() -> store.liveDeliveries(scope, client, kind), "liveDeliveries", scope, client, kind);
    }

    @Override
    public Optional<Allocation> currentAllocation(Scope scope, long toewijzingNummer) {
        return remember(() -> store.currentAllocation(scope, toewijzingNummer), "currentAllocation", scope,
                toewijzingNummer);
    }

    @Override
    public List<Allocation> currentAllocations(Scope scope, String client) {
        return remember(() -> store.currentAllocations(scope, client), "currentAllocations", scope, client);
    }

    @Override
    public boolean allocationNumberUsedForAnotherClient(Scope scope, long toewijzingNummer, String client) {
        return remember(() -> store.allocationNumberUsedForAnotherClient(scope, toewijzingNummer, client),
                "allocationNumberUsedForAnotherClient", scope, toewijzingNummer, client);
    }

    @Override
    public boolean requestHonoured(Scope scope, String referentieAanbieder) {
        return remember(() -> store.requestHonoured(scope, referentieAanbieder), "requestHonoured", scope,
                referentieAanbieder);
    }

    @Override
    public List<Request> requests(Scope scope, String referentieAanbieder) {
        return remember(() -> store.requests(scope, referentieAanbieder), "requests", scope, referentieAanbieder);
    }

    @Override
    public List<Request> pendingRequests(Scope scope, String client) {
        return remember(() -> store.pendingRequests(scope, client), "pendingRequests", scope, client);
    }

    @Override
    public List<Answer> answers(Scope scope, String referentieAanbieder) {
        return remember(() -> store.answers(scope, referentieAanbieder), "answers", scope, referentieAanbieder);
    }

    @Override
    public boolean declarationNumberUsed(Scope scope, String declaratieNummer) {
        return remember(() -> store.declarationNumberUsed(scope, declaratieNummer), "declarationNumberUsed", scope,
                declaratieNummer);
    }

    @Override
    public Optional<LocalDate> latestDeclarationPeriod(Scope scope) {
        return remember(() -> store.latestDeclarationPeriod(scope), "latestDeclarationPeriod", scope);
    }

    @Override
    public boolean referentieNummerUsed(Scope scope, String referentieNummer) {
        return remember(() -> store.referentieNummerUsed(scope, referentieNummer), "referentieNummerUsed", scope,
                referentieNummer);
    }

    @Override
    public Optional<Prestatie> approvedDebit(Scope scope, String referentieNummer) {
        return remember(() -> store.approvedDebit(scope, referentieNummer), "approvedDebit", scope, referentieNummer);
    }

    @Override
    public List<Prestatie> approvedUncreditedDebits(Scope scope, long toewijzingNummer) {
        return remember(() -> store.approvedUncreditedDebits(scope, toewijzingNummer), "approvedUncreditedDebits",
                scope, toewijzingNummer);
    }

    @Override
    public boolean approvedCreditExists(Scope scope, String vorigReferentieNummer) {
        return remember(() -> store.approvedCreditExists(scope, vorigReferentieNummer), "approvedCreditExists", scope,
                vorigReferentieNummer);
    }

    @Override
    public Optional<AnsweredDeclaration> declaration(Scope scope, String identificatie, LocalDate dagtekening) {
        return remember(() -> store.declaration(scope, identificatie, dagtekening), "declaration", scope,
                identificatie, dagtekening);
    }
}
