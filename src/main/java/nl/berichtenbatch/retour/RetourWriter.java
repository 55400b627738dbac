package nl.berichtenbatch.retour;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import nl.berichtenbatch.message.MessageClasses;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.message.XsdVersion;

/**
 * Writes the answer to a received message: the retour (302, 306, 308, 316, 318, 320) to a heenbericht, composed as
 * validation.md §3.1 says, and the declaratie-antwoord (325) to a declaratie (323), composed as §3.3 says. The
 * answer is in the same standard and release as the message it answers; the same input gives the same bytes.
 * Thread-safe.
 */
public final class RetourWriter {

    private static final String HEADER = "Header";
    private static final List<String> COPIED_HEADER = List.of("BerichtVersie", "BerichtSubversie", "Afzender",
            "Ontvanger", "BerichtIdentificatie", "XsdVersie");

    private final SchemaCatalog schemas;

    /** {@code schemas} gives the XSD versions of the answers (XsdVersieRetour, the 325's own XsdVersie). */
    public RetourWriter(SchemaCatalog schemas) {
        this.schemas = Objects.requireNonNull(schemas, "schemas");
    }

    /**
     * The retour to a heenbericht (301, 305, 307, 315, 317, 319) that passed level 1.
     *
     * @throws IllegalArgumentException when the message has no retour, did not pass level 1, the verdict names a
     *                                  class the message does not have, or a level-2 rejection lacks an XsltVersie
     */
    public byte[] retour(MessageRead heenbericht, RetourVerdict verdict, RetourHeader header) {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(header, "header");
        XmlElement root = passed(heenbericht);
        MessageType type = heenbericht.kind().type();
        if (type.answeredBy().filter(MessageType::isRetour).isEmpty()) {
            throw new IllegalArgumentException(heenbericht.kind().name() + " is not answered by a retour"
                    + (type == MessageType.DECLARATIE ? " but by a 325: use declaratieAntwoord" : ""));
        }
        requireXslt(verdict.isLevel2Rejection(), header);
        MessageKind retourKind = answerKind(heenbericht.kind());
        XmlElement heenHeader = root.child(HEADER).orElseThrow();
        Set<String> classes = new HashSet<>();
        MessageClasses.occurrences(type, root).forEach(occurrence -> classes.add(occurrence.path()));
        Set<String> unknown = new TreeSet<>(verdict.classCodes().keySet());
        unknown.addAll(verdict.notAssessed());
        unknown.removeAll(classes);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The verdict names classes that " + heenbericht.kind().name() + " "
                    + heenbericht.file() + " does not have: " + unknown);
        }

        XmlOut out = new XmlOut(retourKind);
        out.start(HEADER);
        out.leaf("BerichtCode", retourKind.berichtCode());
        for (String name : COPIED_HEADER) {
            out.copy(required(heenHeader, name));
        }
        out.leaf("IdentificatieRetour", header.identificatieRetour());
        out.leaf("DagtekeningRetour", header.dagtekening().toString());
        xsltVersie(out, header);
        xsdVersion(out, "XsdVersieRetour", schemas.xsdVersion(retourKind));
        if (!verdict.headerCodes().isEmpty()) {
            out.retourCodes(verdict.headerCodes());
        }
        out.end();
        if (verdict.hasBody()) {
            for (XmlElement element : root.children()) {
                if (!HEADER.equals(element.name())) {
                    copyWithCodes(out, classes, element, verdict);
                }
            }
        }
        return out.finish();
    }

    /** The body in outcome D: every element copied, each class followed by its RetourCodes as its last child. */
    private static void copyWithCodes(XmlOut out, Set<String> classes, XmlElement element, RetourVerdict verdict) {
        boolean isClass = classes.contains(element.path());
        if (!isClass && element.isLeaf()) {
            out.copy(element);
            return;
        }
        out.start(element.name(), element.basisschema());
        for (XmlElement child : element.children()) {
            copyWithCodes(out, classes, child, verdict);
        }
        if (isClass) {
            out.retourCodes(verdict.codesFor(element.path()));
        }
        out.end();
    }

    /**
     * The declaratie-antwoord (325) to a declaratie (323) that passed level 1. Its header is the gemeente's own:
     * Afzender and Ontvanger are those of the 323 swapped, its BerichtIdentificatie is made of
     * {@code header.identificatieRetour()} and {@code header.dagtekening()}.
     *
     * @throws IllegalArgumentException when the message is not a 323 that passed level 1, the verdict names a
     *                                  client or prestatie the 323 does not have, or a level-2 rejection lacks an
     *                                  XsltVersie
     */
    public byte[] declaratieAntwoord(MessageRead declaratie, DeclaratieVerdict verdict, RetourHeader header) {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(header, "header");
        XmlElement root = DeclaratieVerdict.declaratieRoot(declaratie);
        requireXslt(verdict.isLevel2Rejection(), header);
        verdict.requireKnownPaths(declaratie);
        MessageKind kind = answerKind(declaratie.kind());
        XmlElement heenHeader = root.child(HEADER).orElseThrow();

        XmlOut out = new XmlOut(kind);
        out.start(HEADER);
        out.leaf("BerichtCode", kind.berichtCode());
        out.copy(required(heenHeader, "BerichtVersie"));
        out.copy(required(heenHeader, "BerichtSubversie"));
        out.leaf("Afzender", required(heenHeader, "Ontvanger").text());
        out.leaf("Ontvanger", required(heenHeader, "Afzender").text());
        out.start("BerichtIdentificatie");
        out.leaf("Identificatie", true, header.identificatieRetour());
        out.leaf("Dagtekening", true, header.dagtekening().toString());
        out.end();
        xsdVersion(out, "XsdVersie", schemas.xsdVersion(kind));
        out.copyAs("DeclaratieIdentificatie", required(heenHeader, "BerichtIdentificatie"));
        xsltVersie(out, header);
        out.copyAs("XsdVersieDeclaratie", required(heenHeader, "XsdVersie"));
        out.retourCodes(verdict.headerCodes().isEmpty() ? List.of(Codes.NO_REMARK) : verdict.headerCodes());
        out.end();
        if (verdict.hasDeclaratieAntwoord()) {
            declaratieAntwoord(out, declaratie, root, verdict);
        }
        return out.finish();
    }

    private static void declaratieAntwoord(XmlOut out, MessageRead declaratie, XmlElement root,
            DeclaratieVerdict verdict) {
        XmlElement declaratieElement = required(root, "Declaratie");
        XmlElement ingediend = required(declaratieElement, "TotaalIngediendBedrag");
        out.start("DeclaratieAntwoord");
        out.copy(required(declaratieElement, "DeclaratieNummer"));
        out.copy(ingediend);
        if (verdict.isFullyApproved()) {
            out.copyAs("TotaalToegekendBedrag", ingediend);
            out.retourCodes(List.of(Codes.FULLY_APPROVED));
        } else if (!verdict.declaratieCodes().isEmpty()) {
            totaal(out, "TotaalToegekendBedrag", Amount.ZERO);
            out.retourCodes(verdict.declaratieCodes());
        } else {
            Set<String> approved = new HashSet<>(verdict.approvedPrestaties(declaratie));
            Amount toegekend = Amount.ZERO;
            List<XmlElement> returned = new ArrayList<>();
            for (XmlElement client : DeclaratieVerdict.clients(root)) {
                boolean hasRejection = verdict.clientCodes().containsKey(client.path());
                for (XmlElement prestatie : DeclaratieVerdict.prestaties(client)) {
                    if (approved.contains(prestatie.path())) {
                        toegekend = toegekend.plus(Amount.of(required(prestatie, "IngediendBedrag"), "Bedrag"));
                    } else {
                        hasRejection = true;
                    }
                }
                if (hasRejection) {
                    returned.add(client);
                }
            }
            totaal(out, "TotaalToegekendBedrag", toegekend);
            out.start("Clienten");
            for (XmlElement client : returned) {
                client(out, client, verdict);
            }
            out.end();
            out.retourCodes(List.of(Codes.NO_REMARK));
        }
        out.end();
    }

    /** A returned client: rejected itself with all its prestaties as 0233, or 0200 with its rejected prestaties. */
    private static void client(XmlOut out, XmlElement client, DeclaratieVerdict verdict) {
        List<String> clientCodes = verdict.clientCodes().get(client.path());
        out.start("Client");
        out.copy(required(client, "Bsn"));
        out.start("Prestaties");
        for (XmlElement prestatie : DeclaratieVerdict.prestaties(client)) {
            List<String> codes = clientCodes != null ? List.of(Codes.NOT_ASSESSED)
                    : verdict.prestatieCodes().get(prestatie.path());
            if (codes != null) {
                out.start("Prestatie");
                for (XmlElement child : prestatie.children()) {
                    out.copy(child);
                }
                out.retourCodes(codes);
                out.end();
            }
        }
        out.end();
        out.retourCodes(clientCodes != null ? clientCodes : List.of(Codes.NO_REMARK));
        out.end();
    }

    private static void totaal(XmlOut out, String name, Amount amount) {
        out.start(name);
        out.leaf("TotaalBedrag", true, amount.absolute());
        out.leaf("DebetCredit", true, amount.debetCredit());
        out.end();
    }

    private static void xsdVersion(XmlOut out, String name, XsdVersion version) {
        out.start(name);
        out.leaf("BasisschemaXsdVersie", true, version.basisschema());
        out.leaf("BerichtXsdVersie", true, version.bericht());
        out.end();
    }

    private static void xsltVersie(XmlOut out, RetourHeader header) {
        if (header.xsltVersie() != null) {
            out.leaf("XsltVersie", header.xsltVersie());
        }
    }

    private static void requireXslt(boolean level2Rejection, RetourHeader header) {
        if (level2Rejection && header.xsltVersie() == null) {
            throw new IllegalArgumentException("After a level-2 rejection the answer must name the XsltVersie");
        }
    }

    private static XmlElement passed(MessageRead message) {
        Objects.requireNonNull(message, "message");
        if (!message.isValid() || message.root() == null) {
            throw new IllegalArgumentException("Only a message that passed level 1 is answered: " + message.file());
        }
        return message.root();
    }

    private static MessageKind answerKind(MessageKind kind) {
        MessageType answer = kind.type().answeredBy().orElseThrow(() -> new IllegalArgumentException(
                kind.name() + " is not answered"));
        return new MessageKind(kind.standard(), kind.release(), answer);
    }

    private static XmlElement required(XmlElement parent, String name) {
        return parent.child(name).orElseThrow(() -> new IllegalArgumentException(
                parent.path() + " has no " + name));
    }
}
