/** Reports on messages and runs: the JSON machine contract (design.md 4.6) and the text people read. */
package nl.berichtenbatch.report;
