/**
 * Contracts between gemeente and aanbieder: the checked contracts file, and what the rules may ask of it (variant,
 * tariff, units).
 */
package nl.berichtenbatch.contract;
