/** The code lists that level-4 rules check against: CBS gemeentecodes and product codes, bundled and overridable. */
package nl.berichtenbatch.codelist;
