package nl.berichtenbatch.validation.rules.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.state.History;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.rules.RuleTestSupport;

/**
 * Named fixtures for the level-2 rule tests: the valid sample message of each type ({@code sample-messages/<standard>
 * /valid}), changed in one place per test. Paths are local names below {@code Bericht}, with an optional 1-based
 * position ({@code Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum}).
 */
public final class Level2Fixtures {

    private static final Path SAMPLES = Path.of("sample-messages");

    private Level2Fixtures() {
    }

    public static Fixture toewijzing() {
        return ijw(MessageType.TOEWIJZING);
    }

    public static Fixture start() {
        return ijw(MessageType.START);
    }

    public static Fixture stop() {
        return ijw(MessageType.STOP);
    }

    public static Fixture verzoekOmToewijzing() {
        return ijw(MessageType.VERZOEK_OM_TOEWIJZING);
    }

    public static Fixture verzoekOmWijziging() {
        return ijw(MessageType.VERZOEK_OM_WIJZIGING);
    }

    public static Fixture antwoord() {
        return ijw(MessageType.ANTWOORD);
    }

    public static Fixture declaratie() {
        return ijw(MessageType.DECLARATIE);
    }

    public static Fixture declaratieAntwoord() {
        return ijw(MessageType.DECLARATIE_ANTWOORD);
    }

    /** A retour on a start (306) that returns the client and its StartProduct, as a rejected 305 is answered. */
    public static Fixture retourStart() {
        return ijw(MessageType.RETOUR_START).addXmlAfter("Header", "<m:Client><m:Bsn>999912343</m:Bsn>"
                + "<m:Geboortedatum><b:Datum>2014-06-17</b:Datum></m:Geboortedatum><m:Geslacht>1</m:Geslacht>"
                + "<m:Naam><b:Geslachtsnaam><b:Achternaam>Boer</b:Achternaam></b:Geslachtsnaam></m:Naam>"
                + "<m:StartProducten><m:StartProduct><m:Begindatum>2026-03-03</m:Begindatum>"
                + "<m:StatusAanlevering>3</m:StatusAanlevering><m:RetourCodes><m:RetourCode>9063</m:RetourCode>"
                + "</m:RetourCodes></m:StartProduct></m:StartProducten><m:RetourCodes><m:RetourCode>0200</m:RetourCode>"
                + "</m:RetourCodes></m:Client>");
    }

    /** The request for change with, next to its TeWijzigenProduct, one NieuwProduct 45A02 from 2026-11-01. */
    public static Fixture verzoekOmWijzigingWithNieuwProduct() {
        return verzoekOmWijziging().addXmlAfter("Client/Verzoek/TeWijzigenProducten", "<m:NieuweProducten>"
                + "<m:NieuwProduct><m:Product><b:Categorie>45</b:Categorie><b:Code>45A02</b:Code></m:Product>"
                + "<m:GewensteIngangsdatum>2026-11-01</m:GewensteIngangsdatum><m:Einddatum>2027-10-31</m:Einddatum>"
                + "<m:Omvang><b:Volume>3</b:Volume><b:Eenheid>04</b:Eenheid><b:Frequentie>2</b:Frequentie></m:Omvang>"
                + "</m:NieuwProduct></m:NieuweProducten>");
    }

    /**
     * The declaration answer with its one Prestatie rejected (9340): TotaalToegekendBedrag 0, the Prestatie returned
     * with its IngediendBedrag 56250 D.
     */
    public static Fixture declaratieAntwoordWithARejectedPrestatie() {
        String antwoord = "DeclaratieAntwoord/";
        return declaratieAntwoord().set(antwoord + "TotaalToegekendBedrag/TotaalBedrag", "0")
                .set(antwoord + "RetourCodes/RetourCode", "0200")
                .addXmlAfter(antwoord + "TotaalToegekendBedrag", "<m:Clienten><m:Client><m:Bsn>999912343</m:Bsn>"
                        + "<m:Prestaties><m:Prestatie><m:ProductReferentie><b:ReferentieNummer>JW-PR-2026-10-0001"
                        + "</b:ReferentieNummer></m:ProductReferentie><m:ToewijzingNummer>1001</m:ToewijzingNummer>"
                        + "<m:ProductCategorie>45</m:ProductCategorie><m:ProductCode>45A02</m:ProductCode>"
                        + "<m:ProductPeriode><b:Begindatum>2026-10-01</b:Begindatum><b:Einddatum>2026-10-31"
                        + "</b:Einddatum></m:ProductPeriode><m:GeleverdVolume>9</m:GeleverdVolume>"
                        + "<m:Eenheid>04</m:Eenheid><m:ProductTarief>6250</m:ProductTarief><m:IngediendBedrag>"
                        + "<b:Bedrag>56250</b:Bedrag><b:DebetCredit>D</b:DebetCredit></m:IngediendBedrag>"
                        + "<m:RetourCodes><m:RetourCode>9340</m:RetourCode></m:RetourCodes></m:Prestatie>"
                        + "</m:Prestaties><m:RetourCodes><m:RetourCode>0200</m:RetourCode></m:RetourCodes>"
                        + "</m:Client></m:Clienten>");
    }

    public static Fixture ijw(MessageType type) {
        return sample(Standard.IJW, type);
    }

    public static Fixture iwmo(MessageType type) {
        return sample(Standard.IWMO, type);
    }

    /** Every valid sample message of a standard. */
    public static List<Fixture> allSamples(Standard standard) {
        List<Fixture> samples = new ArrayList<>();
        for (MessageType type : MessageType.values()) {
            samples.add(sample(standard, type));
        }
        return samples;
    }

    private static Fixture sample(Standard standard, MessageType type) {
        Path folder = SAMPLES.resolve(standard.id()).resolve("valid");
        String name = standard.messagePrefix().toLowerCase() + type.number();
        try (Stream<Path> files = Files.list(folder)) {
            Path file = files.filter(f -> f.getFileName().toString().contains("-" + name + "-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no valid sample " + name + " in " + folder));
            return new Fixture(parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("fixture is not XML: " + e.getMessage(), e);
        }
    }

    /** A sample message being changed; every change returns the fixture, so a test reads as one expression. */
    public static final class Fixture {

        private final Document document;

        private Fixture(Document document) {
            this.document = document;
        }

        /** Sets the text of an element that is there. */
        public Fixture set(String path, String value) {
            element(path).setTextContent(value);
            return this;
        }

        /** Removes an element that is there. */
        public Fixture remove(String path) {
            Element element = element(path);
            removeWithWhitespace(element);
            return this;
        }

        /** Adds a leaf element right after an existing sibling, in the sibling's namespace. */
        public Fixture addAfter(String siblingPath, String name, String value) {
            Element sibling = element(siblingPath);
            Element added = document.createElementNS(sibling.getNamespaceURI(), sibling.getPrefix() + ":" + name);
            added.setTextContent(value);
            sibling.getParentNode().insertBefore(added, sibling.getNextSibling());
            return this;
        }

        /**
         * Adds a piece of XML right after an existing sibling. In the piece, {@code m:} is the message namespace and
         * {@code b:} the basisschema namespace, e.g. {@code <m:Periode><b:Begindatum>2026-01-01</b:Begindatum>
         * </m:Periode>}.
         */
        public Fixture addXmlAfter(String siblingPath, String xml) {
            Element sibling = element(siblingPath);
            Element root = document.getDocumentElement();
            String basisschema = root.lookupNamespaceURI(basisschemaPrefix());
            Document piece = parse("<wrap xmlns:m=\"" + root.getNamespaceURI() + "\" xmlns:b=\"" + basisschema + "\">"
                    + xml + "</wrap>");
            Node before = sibling.getNextSibling();
            for (Node child = piece.getDocumentElement().getFirstChild(); child != null;
                    child = child.getNextSibling()) {
                sibling.getParentNode().insertBefore(rename(document.importNode(child, true)), before);
            }
            return this;
        }

        /** Adds a copy of an element right after it (a repeated class). */
        public Fixture copy(String path) {
            Element element = element(path);
            element.getParentNode().insertBefore(element.cloneNode(true), element.getNextSibling());
            return this;
        }

        /** The message as text. */
        public String xml() {
            try {
                var transformer = TransformerFactory.newDefaultInstance().newTransformer();
                transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
                StringWriter out = new StringWriter();
                transformer.transform(new DOMSource(document), new StreamResult(out));
                return out.toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The message, read and checked at level 1 as the batch does (it must pass). */
        public MessageRead read() {
            return RuleTestSupport.read(xml());
        }

        /** What the rule finds in this message, on the test run date and without history. */
        public List<Finding> check(Rule rule) {
            MessageRead read = read();
            RuleContext context = new RuleContext(read, Scope.of(read.kind(), read.header()), History.EMPTY,
                    bsn -> bsn, RuleTestSupport.RUN_DATE);
            return rule.check(context);
        }

        private String basisschemaPrefix() {
            String prefix = document.getDocumentElement().getPrefix();
            return prefix.startsWith("jw") ? "ijw" : "iwmo";
        }

        private Node rename(Node node) {
            if (node instanceof Element element) {
                Element root = document.getDocumentElement();
                boolean message = root.getNamespaceURI().equals(element.getNamespaceURI());
                String prefix = message ? root.getPrefix() : basisschemaPrefix();
                Element renamed = document.createElementNS(element.getNamespaceURI(), prefix + ":"
                        + element.getLocalName());
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    renamed.appendChild(rename(child.cloneNode(true)));
                }
                return renamed;
            }
            return node;
        }

        private Element element(String path) {
            Element current = document.getDocumentElement();
            for (String step : path.split("/")) {
                int bracket = step.indexOf('[');
                String name = bracket < 0 ? step : step.substring(0, bracket);
                int position = bracket < 0 ? 1 : Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
                Element next = null;
                int seen = 0;
                for (Node child = current.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element candidate && name.equals(candidate.getLocalName())
                            && ++seen == position) {
                        next = candidate;
                        break;
                    }
                }
                if (next == null) {
                    throw new IllegalArgumentException("the fixture has no " + path + " (missing " + step + ")");
                }
                current = next;
            }
            return current;
        }

        private static void removeWithWhitespace(Element element) {
            Node previous = element.getPreviousSibling();
            if (previous != null && previous.getNodeType() == Node.TEXT_NODE && previous.getTextContent().isBlank()) {
                previous.getParentNode().removeChild(previous);
            }
            element.getParentNode().removeChild(element);
        }
    }
}
