/**
 * Level-2 rules that look over a whole heenbericht: no class twice, no date after the Dagtekening. The header
 * constraints CS025 (BerichtVersie 3) and CS015 (BerichtSubversie 2) have no class: the XSD patterns enforce them at
 * level 1, and the official XSLT never reports them on a schema-valid message.
 */
package nl.berichtenbatch.validation.rules.wholemessage;
