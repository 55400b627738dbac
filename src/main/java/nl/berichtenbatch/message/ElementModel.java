package nl.berichtenbatch.message;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The element declarations of one message schema, as far as paths need them: for each complex type, the type
 * and the repeatability of each child. A repeating element gets a position in paths
 * ({@code ToegewezenProduct[2]}), a single one does not, as in the official XSLT's locations.
 */
public final class ElementModel {

    /** The type of the root element {@code Bericht} in every message schema. */
    public static final String ROOT_TYPE = "Root";

    record Declaration(String type, boolean repeating) {
    }

    private final Map<String, Declaration> declarations;

    private ElementModel(Map<String, Declaration> declarations) {
        this.declarations = declarations;
    }

    static ElementModel of(byte[] messageSchema) {
        Document schema;
        try {
            schema = SecureXml.documentBuilder().parse(new ByteArrayInputStream(messageSchema));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("A message schema cannot be read: " + e.getMessage(), e);
        }
        Map<String, Declaration> declarations = new HashMap<>();
        NodeList types = schema.getDocumentElement().getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "complexType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (type.getAttribute("name").isEmpty()) {
                continue;
            }
            NodeList elements = type.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
            for (int j = 0; j < elements.getLength(); j++) {
                Element element = (Element) elements.item(j);
                String typeName = element.getAttribute("type");
                String local = typeName.isEmpty() ? null : typeName.substring(typeName.indexOf(':') + 1);
                String max = element.getAttribute("maxOccurs");
                boolean repeating = !max.isEmpty() && !"1".equals(max);
                declarations.put(type.getAttribute("name") + "/" + element.getAttribute("name"),
                        new Declaration(local, repeating));
            }
        }
        return new ElementModel(declarations);
    }

    /** The declaration of {@code child} inside an element of {@code parentType}; null if unknown. */
    Declaration child(String parentType, String child) {
        return parentType == null ? null : declarations.get(parentType + "/" + child);
    }
}
