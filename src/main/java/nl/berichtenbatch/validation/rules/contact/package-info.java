/** Level-2 rules on the contact data in a 301: address, postcode, telephone and the kind of address. */
package nl.berichtenbatch.validation.rules.contact;
