/** Response deadlines in werkdagen (processes.md §3): what is owed by whom, and what is overdue. */
package nl.berichtenbatch.deadline;
