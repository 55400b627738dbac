/** Level-2 rules on the start (305) and stop (307) of care. */
package nl.berichtenbatch.validation.rules.startstop;
