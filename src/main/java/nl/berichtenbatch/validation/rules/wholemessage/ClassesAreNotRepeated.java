package nl.berichtenbatch.validation.rules.wholemessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR101", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.START, MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.VERZOEK_OM_WIJZIGING, MessageType.DECLARATIE, MessageType.DECLARATIE_ANTWOORD},
        summary = "No class occurs twice with the same logical key under the same parent (messages.md §5).",
        assumption = "As the official XSLT: classes are compared with their siblings (so a Prestatie with the "
                + "Prestaties of its own Client); an absent key element equals only an absent one; "
                + "StatusAanlevering is not part of the key.")
final class ClassesAreNotRepeated implements Rule {

    /** Per message type: the classes (their path below Bericht) and their own key elements. */
    private static final Map<MessageType, Map<String, List<String>>> KEYS = Map.of(
            MessageType.TOEWIJZING, Map.of(
                    "Client/Relaties/Relatie", List.of("Nummer"),
                    "Client/Contactgegevens/Contact", List.of("Soort"),
                    "Client/ToegewezenProducten/ToegewezenProduct", List.of("ToewijzingNummer")),
            MessageType.START, Map.of(
                    "Client/StartProducten/StartProduct",
                    List.of("ToewijzingNummer", "Product/Categorie", "Product/Code", "Begindatum")),
            MessageType.STOP, Map.of(
                    "Client/StopProducten/StopProduct", List.of("ToewijzingNummer", "Product/Categorie",
                            "Product/Code", "Begindatum", "RedenBeeindiging", "Einddatum")),
            MessageType.VERZOEK_OM_TOEWIJZING, Map.of(
                    "Client/AangevraagdeProducten/AangevraagdProduct", List.of("ReferentieAanbieder")),
            MessageType.VERZOEK_OM_WIJZIGING, Map.of(
                    "Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct", List.of("ToewijzingNummer"),
                    "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct", List.of("ToewijzingNummer"),
                    "Client/Verzoek/NieuweProducten/NieuwProduct",
                    List.of("Product/Categorie", "Product/Code", "GewensteIngangsdatum")),
            MessageType.DECLARATIE, Map.of(
                    "Declaratie/Clienten/Client", List.of("Bsn"),
                    "Declaratie/Clienten/Client/Prestaties/Prestatie",
                    List.of("ProductReferentie/ReferentieNummer", "ProductReferentie/VorigReferentieNummer")),
            MessageType.DECLARATIE_ANTWOORD, Map.of(
                    "DeclaratieAntwoord/Clienten/Client", List.of("Bsn"),
                    "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie",
                    List.of("ProductReferentie/ReferentieNummer", "ProductReferentie/VorigReferentieNummer")));

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        Map<String, List<String>> classes = KEYS.getOrDefault(context.kind().type(), Map.of());
        for (Map.Entry<String, List<String>> entry : classes.entrySet()) {
            String path = entry.getKey();
            int last = path.lastIndexOf('/');
            String name = path.substring(last + 1);
            for (XmlElement parent : context.root().all(path.substring(0, last))) {
                check(parent.children(name), entry.getValue(), findings);
            }
        }
        return findings.list();
    }

    /**
     * The siblings that share their key with another, in the order the pairs find them: the first of each group with
     * the rest of it, groups in document order (a class is reported once, so the later pairs of a group add nothing).
     * The siblings are grouped by their key: comparing every pair took a declaration of 22,000 clients through some
     * 240 million comparisons.
     */
    private static void check(List<XmlElement> siblings, List<String> key, Findings findings) {
        Map<List<String>, List<XmlElement>> byKey = new LinkedHashMap<>();
        for (XmlElement sibling : siblings) {
            List<String> values = new ArrayList<>(key.size());  // an absent element (null) equals only an absent one
            for (String element : key) {
                values.add(Xml.text(sibling, element));
            }
            byKey.computeIfAbsent(values, v -> new ArrayList<>(1)).add(sibling);
        }
        for (List<XmlElement> same : byKey.values()) {
            XmlElement first = same.get(0);
            for (int j = 1; j < same.size(); j++) {
                findings.at("Two " + first.name() + " classes have the same key (" + describe(first, key) + ").",
                        first, same.get(j));
            }
        }
    }

    private static String describe(XmlElement occurrence, List<String> key) {
        StringBuilder text = new StringBuilder();
        for (String element : key) {
            if (element.equals("Bsn")) {
                // the Bsn is never written into findings
                text.append(text.length() == 0 ? "" : ", ").append("the same Bsn");
                continue;
            }
            String value = Xml.text(occurrence, element);
            text.append(text.length() == 0 ? "" : ", ").append(element.substring(element.lastIndexOf('/') + 1))
                    .append(' ').append(value == null ? "empty" : value);
        }
        return text.toString();
    }
}
