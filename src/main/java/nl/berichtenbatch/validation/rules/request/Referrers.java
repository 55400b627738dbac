package nl.berichtenbatch.validation.rules.request;

import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.rules.support.Xml;

/** The Verwijzer of each requested product (315), and which types of referrer have a zorgverlenerscode. */
final class Referrers {

    /** Huisarts, jeugdarts, gecertificeerde instelling, medisch specialist. */
    static final Set<String> WITH_A_CODE = Set.of("02", "03", "04", "05");

    private Referrers() {
    }

    static List<XmlElement> all(XmlElement root) {
        return root.all("Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer");
    }

    static boolean hasACodeType(XmlElement verwijzer) {
        return WITH_A_CODE.contains(Xml.text(verwijzer, "Type"));
    }
}
