/** The store of earlier messages that the cross-message rules consult: allocations, deliveries, requests, declarations. */
package nl.berichtenbatch.state;
