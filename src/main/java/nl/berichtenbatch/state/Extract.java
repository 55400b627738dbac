package nl.berichtenbatch.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /** A Prestatie of a 323 (or a returned one of a 325) under a client (pseudonym). */
    public static Prestatie prestatie(XmlElement prestatie, String client, boolean approved) {
        Long volume = number(prestatie, "GeleverdVolume");
        Long bedrag = number(prestatie, "IngediendBedrag/Bedrag");
        Long nummer = number(prestatie, "ToewijzingNummer");
        return new Prestatie(client, prestatie.valueOrNull("ProductReferentie/ReferentieNummer"),
                prestatie.valueOrNull("ProductReferentie/VorigReferentieNummer"), nummer == null ? 0 : nummer,
                prestatie.valueOrNull("ProductCategorie"), prestatie.valueOrNull("ProductCode"),
                date(prestatie, "ProductPeriode/Begindatum"), date(prestatie, "ProductPeriode/Einddatum"),
                volume == null ? 0 : volume, prestatie.valueOrNull("Eenheid"), number(prestatie, "ProductTarief"),
                bedrag == null ? 0 : bedrag, prestatie.valueOrNull("IngediendBedrag/DebetCredit"), approved);
    }

    /** The declaration of a 323 with its prestaties, those at the given paths approved. */
    public static Declaration declaration(XmlElement root, ClientIds clients, Set<String> approvedPaths) {
        XmlElement declaratie = root.find("Declaratie").orElseThrow();
        List<Prestatie> prestaties = new ArrayList<>();
        for (XmlElement client : declaratie.all("Clienten/Client")) {
            String pseudonym = clients.of(client.valueOrNull("Bsn"));
            for (XmlElement p : client.all("Prestaties/Prestatie")) {
                prestaties.add(prestatie(p, pseudonym, approvedPaths.contains(p.path())));
            }
        }
        return new Declaration(declaratie.valueOrNull("DeclaratieNummer"),
                date(declaratie, "DeclaratiePeriode/Begindatum"), date(declaratie, "DeclaratiePeriode/Einddatum"),
                number(declaratie, "TotaalIngediendBedrag/TotaalBedrag"),
                declaratie.valueOrNull("TotaalIngediendBedrag/DebetCredit"), prestaties);
    }

    public static LocalDate date(XmlElement element, String path) {
        return element.value(path).map(LocalDate::parse).orElse(null);
    }

    public static Long number(XmlElement element, String path) {
        return element.value(path).map(Long::valueOf).orElse(null);
    }
}
