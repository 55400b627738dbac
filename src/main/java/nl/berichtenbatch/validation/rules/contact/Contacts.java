package nl.berichtenbatch.validation.rules.contact;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.XmlElement;

/** Every Contact of a 301: the client's own (Contactgegevens) and those of its relations. */
final class Contacts {

    static final String NETHERLANDS = "NL";

    private Contacts() {
    }

    static List<XmlElement> all(XmlElement root) {
        List<XmlElement> contacts = new ArrayList<>(root.all("Client/Relaties/Relatie/Contact"));
        contacts.addAll(root.all("Client/Contactgegevens/Contact"));
        return contacts;
    }

    static List<XmlElement> addresses(XmlElement root) {
        List<XmlElement> addresses = new ArrayList<>();
        for (XmlElement contact : all(root)) {
            contact.child("Adres").ifPresent(addresses::add);
        }
        return addresses;
    }
}
