/**
 * Level-2 rules on the products of allocations (301), requests for allocation (315) and requests for change (317):
 * which of Product, Omvang, Budget and Einddatum go together, periods, and products that may not overlap.
 */
package nl.berichtenbatch.validation.rules.product;
