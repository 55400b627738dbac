package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.rules.support.Xml;

/** Where the parts of a 323 and a 325 are, and their signed amounts (euro cents; D = +, C = −). */
final class Declarations {

    static final String DEBET = "D";
    static final String CREDIT = "C";
    static final String EUROS = "83";

    private Declarations() {
    }

    /** The clients of a 323 or a 325. */
    static List<XmlElement> clients(XmlElement root) {
        List<XmlElement> clients = new ArrayList<>(root.all("Declaratie/Clienten/Client"));
        clients.addAll(root.all("DeclaratieAntwoord/Clienten/Client"));
        return clients;
    }

    /** Every Prestatie of a 323 or a 325, in document order. */
    static List<XmlElement> prestaties(XmlElement root) {
        List<XmlElement> prestaties = new ArrayList<>();
        for (XmlElement client : clients(root)) {
            prestaties.addAll(client.all("Prestaties/Prestatie"));
        }
        return prestaties;
    }

    /** The signed value of a CDT_BedragMetDC (Bedrag) or CDT_TotaalBedragMetDC (TotaalBedrag). */
    static long signed(XmlElement amount) {
        XmlElement value = Xml.at(amount, "Bedrag") != null ? Xml.at(amount, "Bedrag") : Xml.at(amount, "TotaalBedrag");
        long cents = Long.parseLong(value.text().trim());
        return CREDIT.equals(Xml.text(amount, "DebetCredit")) ? -cents : cents;
    }

    /** A signed amount as the messages write it: absolute value and D or C. */
    static String describe(long cents) {
        return Math.abs(cents) + " " + (cents < 0 ? CREDIT : DEBET);
    }

    static boolean isDebit(XmlElement prestatie) {
        return DEBET.equals(Xml.text(prestatie, "IngediendBedrag/DebetCredit"));
    }
}
