/** Level-2 rules on the person data of a client and its relations: Bsn, birth date, name and communication. */
package nl.berichtenbatch.validation.rules.client;
