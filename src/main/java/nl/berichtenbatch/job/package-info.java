/** Spring Batch wiring only: the processMessagesJob, its steps, and starting, restarting and recovering runs. */
package nl.berichtenbatch.job;
