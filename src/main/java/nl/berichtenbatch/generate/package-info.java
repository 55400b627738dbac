/**
 * A realistic, deterministic message set generator ({@code generate}): a whole story of allocations, starts,
 * stops, requests and declarations for one role, with a chosen share of messages wrong on purpose and a manifest
 * that says what each file should get.
 */
package nl.berichtenbatch.generate;
