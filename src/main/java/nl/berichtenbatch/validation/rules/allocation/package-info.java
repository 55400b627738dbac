/** Rules about allocations (301) as the aanbieder checks them: numbers, references to requests, deletions. */
package nl.berichtenbatch.validation.rules.allocation;
