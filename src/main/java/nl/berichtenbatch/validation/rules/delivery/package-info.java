/** Rules about the delivery of care: starts (305) and stops (307) and their corrections. */
package nl.berichtenbatch.validation.rules.delivery;
