/** Building and writing the answers to received messages: the retours 302 … 320 and the declaratie-antwoord 325. */
package nl.berichtenbatch.retour;
