package nl.berichtenbatch.state;

import nl.berichtenbatch.message.MessageType;

/**
 * A request in the history (validation.md §4): an AangevraagdProduct of a 315 or the Verzoek of a 317, known by its
 * ReferentieAanbieder.
 *
 * @param client the pseudonym of the request's client
 * @param kind   {@link MessageType#VERZOEK_OM_TOEWIJZING} or {@link MessageType#VERZOEK_OM_WIJZIGING}
 */
public record Request(String client, MessageType kind, String referentieAanbieder) {
}
