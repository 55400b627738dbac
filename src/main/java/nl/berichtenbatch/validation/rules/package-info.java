/** The rules of the standard, one small class each, grouped by the message part or flow they check. */
package nl.berichtenbatch.validation.rules;
