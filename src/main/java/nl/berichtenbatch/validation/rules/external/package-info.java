/** Rules on data outside the message traffic: the CBS gemeentecodes and the product code list. */
package nl.berichtenbatch.validation.rules.external;
