/** What happens to one file: its outcome at the four levels, its answer, its state, its audit events and its outputs. */
package nl.berichtenbatch.processing;
