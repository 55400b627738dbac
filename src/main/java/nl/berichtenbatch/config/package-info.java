/** Configuration: one properties record per concern, read the same way with or without a Spring context. */
package nl.berichtenbatch.config;
