/** Rules about the header of any heenbericht: identification and dates. */
package nl.berichtenbatch.validation.rules.header;
