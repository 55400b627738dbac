package nl.berichtenbatch.state;

import java.time.LocalDate;

import nl.berichtenbatch.message.XmlElement;

/** Reads state values out of message elements: the one place where element names meet state records. */
public final class Extract {

    private Extract() {
    }

    /** A StartProduct or StopProduct. */
    public static Delivery delivery(XmlElement product, Delivery.Kind kind) {
        return new Delivery(kind, number(product, "ToewijzingNummer"), product.valueOrNull("Product/Categorie"),
                product.valueOrNull("Product/Code"), date(product, "Begindatum"), product.valueOrNull("RedenBeeindiging"),
                date(product, "Einddatum"), product.valueOrNull("StatusAanlevering"));
    }

    /** A ToegewezenProduct of a 301 for a client (pseudonym). */
    public static Allocation allocation(XmlElement product, String client) {
        return new Allocation(client, number(product, "ToewijzingNummer"), product.valueOrNull("ReferentieAanbieder"),
                product.valueOrNull("Product/Categorie"), product.valueOrNull("Product/Code"),
                date(product, "Toewijzingsdatum"), product.valueOrNull("Toewijzingstijd"), date(product, "Ingangsdatum"),
                date(product, "Einddatum"), product.valueOrNull("RedenWijziging"), number(product, "Omvang/Volume"),
                product.valueOrNull("Omvang/Eenheid"), product.valueOrNull("Omvang/Frequentie"),
                number(product, "Budget"));
    }

    public static LocalDate date(XmlElement element, String path) {
        return element.value(path).map(LocalDate::parse).orElse(null);
    }

    public static Long number(XmlElement element, String path) {
        return element.value(path).map(Long::valueOf).orElse(null);
    }
}
