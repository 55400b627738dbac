/** The working folders: claiming files from the inbox safely, and writing and moving files after each commit. */
package nl.berichtenbatch.inbox;
