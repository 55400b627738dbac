/**
 * Rules on the declaration (323) and the declaration answer (325): at level 2 periods, amounts and references inside
 * the message ({@code DeclarationRules}); at levels 3 and 4 the prestaties against the allocations, earlier
 * declarations and the contracts ({@code DeclarationHistoryRules}). CS319 (DeclaratieNummer only letters and digits)
 * has no class here: the XSD pattern {@code ([a-zA-Z0-9])+} enforces it at level 1, and the official XSLT never reports
 * it on a schema-valid message.
 */
package nl.berichtenbatch.validation.rules.declaration;
