package nl.berichtenbatch.generate;

import java.util.Locale;

import nl.berichtenbatch.message.MessageKind;

/**
 * A message written as text, the way the product writes its own answers: UTF-8 with an XML declaration, the
 * prefixes of the official examples ({@code jw305:}/{@code wmo305:} for the message, {@code ijw:}/{@code iwmo:}
 * for the basisschema), two spaces of indentation and CR/LF line ends (OP192). A template rather than a
 * streaming writer: it is several times faster for these small, flat documents, and the content is escaped.
 */
final class XmlText {

    private static final String LINE_END = "\r\n";

    private final StringBuilder text = new StringBuilder(4096);
    private final String message;
    private final String basis;
    private int depth;

    XmlText(MessageKind kind) {
        message = kind.standard().messagePrefix().toLowerCase(Locale.ROOT) + kind.type().number();
        basis = kind.standard().id();
        text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(LINE_END)
                .append('<').append(message).append(":Bericht xmlns:").append(message).append("=\"")
                .append(kind.namespace()).append("\" xmlns:").append(basis).append("=\"")
                .append(kind.basisschemaNamespace()).append("\">").append(LINE_END);
        depth = 1;
    }

    /** Opens an element of the message's namespace. */
    XmlText open(String name) {
        return open(message, name);
    }

    /** Opens an element of the basisschema namespace (a child of a basisschema complex type). */
    XmlText openBasis(String name) {
        return open(basis, name);
    }

    private XmlText open(String prefix, String name) {
        indent();
        text.append('<').append(prefix).append(':').append(name).append('>').append(LINE_END);
        depth++;
        return this;
    }

    XmlText close(String name) {
        return close(message, name);
    }

    XmlText closeBasis(String name) {
        return close(basis, name);
    }

    private XmlText close(String prefix, String name) {
        depth--;
        indent();
        text.append("</").append(prefix).append(':').append(name).append('>').append(LINE_END);
        return this;
    }

    /** A simple element of the message's namespace; nothing when the value is null. */
    XmlText leaf(String name, Object value) {
        return leaf(message, name, value);
    }

    /** A simple element of the basisschema namespace; nothing when the value is null. */
    XmlText leafBasis(String name, Object value) {
        return leaf(basis, name, value);
    }

    private XmlText leaf(String prefix, String name, Object value) {
        if (value == null) {
            return this;
        }
        indent();
        text.append('<').append(prefix).append(':').append(name).append('>');
        escape(value.toString());
        text.append("</").append(prefix).append(':').append(name).append('>').append(LINE_END);
        return this;
    }

    String finish() {
        text.append("</").append(message).append(":Bericht>").append(LINE_END);
        return text.toString();
    }

    private void indent() {
        for (int i = 0; i < depth; i++) {
            text.append("  ");
        }
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> text.append("&amp;");
                case '<' -> text.append("&lt;");
                case '>' -> text.append("&gt;");
                default -> text.append(c);
            }
        }
    }
}
