package nl.berichtenbatch.validation.rules.product;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.rules.support.Xml;

/**
 * One occurrence of a class that carries a product, with the names its period has there (validation.md §6.2:
 * "Ingangsdatum" is Ingangsdatum, ToewijzingIngangsdatum or GewensteIngangsdatum).
 */
record ProductClass(XmlElement element, Kind kind) {

    /** The product classes and the names of their period elements. */
    enum Kind {
        ALLOCATION("Client/ToegewezenProducten/ToegewezenProduct", "Ingangsdatum", "Einddatum"),
        REQUESTED("Client/AangevraagdeProducten/AangevraagdProduct", "ToewijzingIngangsdatum", "ToewijzingEinddatum"),
        NEW("Client/Verzoek/NieuweProducten/NieuwProduct", "GewensteIngangsdatum", "Einddatum"),
        TO_CHANGE("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct", "GewensteIngangsdatum", "Einddatum");

        private final String path;
        private final String start;
        private final String end;

        Kind(String path, String start, String end) {
            this.path = path;
            this.start = start;
            this.end = end;
        }
    }

    static List<ProductClass> of(XmlElement root, Kind... kinds) {
        List<ProductClass> found = new ArrayList<>();
        for (Kind kind : kinds) {
            for (XmlElement element : root.all(kind.path)) {
                found.add(new ProductClass(element, kind));
            }
        }
        return found;
    }

    XmlElement start() {
        return Xml.at(element, kind.start);
    }

    XmlElement end() {
        return Xml.at(element, kind.end);
    }

    String startName() {
        return kind.start;
    }

    String endName() {
        return kind.end;
    }

    XmlElement at(String path) {
        return Xml.at(element, path);
    }

    String name() {
        return element.name();
    }
}
