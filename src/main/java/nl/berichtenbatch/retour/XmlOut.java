package nl.berichtenbatch.retour;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.XmlElement;

/**
 * One answer message being written: UTF-8 with an XML declaration, the prefixes of the official examples
 * ({@code jw306:}/{@code wmo306:} and {@code ijw:}/{@code iwmo:}), two spaces of indentation and CR/LF line ends
 * (OP192). Not thread-safe: one per message.
 */
final class XmlOut {

    private static final String ROOT = "Bericht";
    private static final String LINE_END = "\r\n";
    private static final String INDENT = "  ";
    private static final String RETOUR_CODES = "RetourCodes";
    private static final String RETOUR_CODE = "RetourCode";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    private final XMLStreamWriter xml;
    private final String messagePrefix;
    private final String messageNamespace;
    private final String basisPrefix;
    private final String basisNamespace;
    private int depth;

    XmlOut(MessageKind kind) {
        messagePrefix = kind.standard().messagePrefix().toLowerCase(Locale.ROOT) + kind.type().number();
        messageNamespace = kind.namespace();
        basisPrefix = kind.standard().id();
        basisNamespace = kind.basisschemaNamespace();
        try {
            // the JDK's own implementation, whatever else is on the class path: the same bytes everywhere
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters(LINE_END);
            xml.setPrefix(messagePrefix, messageNamespace);
            xml.setPrefix(basisPrefix, basisNamespace);
            xml.writeStartElement(messagePrefix, ROOT, messageNamespace);
            xml.writeNamespace(messagePrefix, messageNamespace);
            xml.writeNamespace(basisPrefix, basisNamespace);
            depth = 1;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Opens an element in the message's namespace. */
    void start(String name) {
        start(name, false);
    }

    void start(String name, boolean basisschema) {
        try {
            newLine(depth);
            writeStart(name, basisschema);
            depth++;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    void end() {
        try {
            depth--;
            newLine(depth);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** A leaf element in the message's namespace. */
    void leaf(String name, String text) {
        leaf(name, false, text);
    }

    void leaf(String name, boolean basisschema, String text) {
        try {
            newLine(depth);
            writeStart(name, basisschema);
            writeText(text);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** A copy of an element of the answered message, with all its descendants, unchanged but for the namespace. */
    void copy(XmlElement element) {
        copyAs(element.name(), element);
    }

    /** A copy under another name (e.g. the 323's BerichtIdentificatie as the 325's DeclaratieIdentificatie). */
    void copyAs(String name, XmlElement element) {
        if (element.isLeaf()) {
            leaf(name, element.basisschema(), element.text());
            return;
        }
        start(name, element.basisschema());
        for (XmlElement child : element.children()) {
            copy(child);
        }
        end();
    }

    void retourCodes(List<String> codes) {
        start(RETOUR_CODES);
        for (String code : codes) {
            leaf(RETOUR_CODE, code);
        }
        end();
    }

    /** Closes the root element and returns the message. */
    byte[] finish() {
        try {
            depth--;
            newLine(depth);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters(LINE_END);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        return bytes.toByteArray();
    }

    private void writeStart(String name, boolean basisschema) throws XMLStreamException {
        if (basisschema) {
            xml.writeStartElement(basisPrefix, name, basisNamespace);
        } else {
            xml.writeStartElement(messagePrefix, name, messageNamespace);
        }
    }

    /**
     * Text as it was read: a line break inside a value is written as CR/LF like every other line end (a parser
     * gives back the LF), and a CR that was in the value as a reference, because a parser would turn a raw one
     * into an LF.
     */
    private void writeText(String text) throws XMLStreamException {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                xml.writeCharacters(text.substring(from, i));
                if (c == '\r') {
                    xml.writeEntityRef("#xD");
                } else {
                    xml.writeCharacters(LINE_END);
                }
                from = i + 1;
            }
        }
        xml.writeCharacters(text.substring(from));
    }

    private void newLine(int level) throws XMLStreamException {
        xml.writeCharacters(LINE_END + INDENT.repeat(level));
    }

    private static IllegalStateException failure(XMLStreamException e) {
        return new IllegalStateException("An answer message cannot be written: " + e.getMessage(), e);
    }
}
