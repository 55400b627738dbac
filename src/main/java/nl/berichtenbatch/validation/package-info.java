/** The rule API and its values: findings, severities and the outcome of a message. */
package nl.berichtenbatch.validation;
