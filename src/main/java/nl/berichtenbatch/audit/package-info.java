/** The append-only, hash-chained audit trail (NEN 7513) that names clients only by a keyed BSN pseudonym. */
package nl.berichtenbatch.audit;
