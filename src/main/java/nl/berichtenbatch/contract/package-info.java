/** Contracts between gemeente and aanbieder: what the rules may ask of them (tariffs, units). */
package nl.berichtenbatch.contract;
