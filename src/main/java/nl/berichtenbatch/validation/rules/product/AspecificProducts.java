package nl.berichtenbatch.validation.rules.product;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.rules.support.Dates;
import nl.berichtenbatch.validation.rules.support.Findings;

/**
 * CD080, CD095 and CD096 say the same for 301, 315 and 317: a product without a Product/Code that runs past 2020
 * (or has no end) has no Omvang.
 */
final class AspecificProducts {

    private AspecificProducts() {
    }

    static void check(ProductClass product, Findings findings) {
        XmlElement omvang = product.at("Omvang");
        XmlElement end = product.end();
        boolean pastTheTransition = end == null || Dates.number(end) > Dates.END_OF_2020;
        if (omvang != null && product.at("Product/Code") == null && pastTheTransition) {
            findings.at("The " + product.name() + " has no Product/Code (an aspecific or generic product) "
                    + (end == null ? "and no " + product.endName() : "and ends after 2020 (" + Dates.text(end) + ")")
                    + ", so it may not have an Omvang.", end, omvang);
        }
    }
}
