package nl.berichtenbatch.validation.rules.product;

import java.util.Set;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.rules.support.Dates;
import nl.berichtenbatch.validation.rules.support.Findings;

/**
 * CS338 and CS343 say the same for different messages: an Omvang in etmalen, dagdelen, euro's or stuks (inspanning)
 * is not per day, for a product that runs past 2020 or has no end.
 */
final class UnitFrequencies {

    private static final Set<String> NOT_PER_DAY_UNITS = Set.of("14", "16", "83", "84");
    private static final String PER_DAY = "1";

    private UnitFrequencies() {
    }

    static void check(ProductClass product, Findings findings) {
        XmlElement eenheid = product.at("Omvang/Eenheid");
        XmlElement frequentie = product.at("Omvang/Frequentie");
        XmlElement end = product.end();
        if (eenheid == null || frequentie == null) {
            return;
        }
        boolean pastTheTransition = end == null || Dates.number(end) > Dates.END_OF_2020;
        if (NOT_PER_DAY_UNITS.contains(eenheid.text().trim()) && pastTheTransition
                && PER_DAY.equals(frequentie.text().trim())) {
            findings.at("The " + product.name() + " has an Omvang in Eenheid " + eenheid.text().trim()
                    + " per day (Frequentie 1); this unit allows only per week, per month or in total (2, 4 or 6).",
                    eenheid, frequentie, end);
        }
    }
}
