/**
 * What the in-message (level-2) rules share: element locations in the official XSLT's XPath form, one finding per
 * element, and the XSLT's date arithmetic.
 */
package nl.berichtenbatch.validation.rules.support;
