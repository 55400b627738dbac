/** The command line: one picocli class per command, output only through the command's writers; no business logic. */
package nl.berichtenbatch.cli;
