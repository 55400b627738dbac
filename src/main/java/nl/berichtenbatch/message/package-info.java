/** Reading a message file securely, detecting standard, release and type, and level-1 (XSD) validation. */
package nl.berichtenbatch.message;
