package nl.berichtenbatch.validation.rules.support;

import java.util.List;

import nl.berichtenbatch.message.XmlElement;

/** Null-friendly access to optional elements, because most in-message rules are about filled and empty elements. */
public final class Xml {

    private Xml() {
    }

    /** The element at a relative path, or null. */
    public static XmlElement at(XmlElement parent, String path) {
        return parent == null ? null : parent.find(path).orElse(null);
    }

    /** The trimmed text at a relative path, or null when the element is absent. */
    public static String text(XmlElement parent, String path) {
        XmlElement element = at(parent, path);
        return element == null ? null : element.text().trim();
    }

    /** The trimmed text of an element, or null when it is absent. */
    public static String text(XmlElement element) {
        return element == null ? null : element.text().trim();
    }

    /** True when the element at the path is there (empty elements are not allowed, RS033). */
    public static boolean filled(XmlElement parent, String path) {
        return at(parent, path) != null;
    }

    /** Every element at a path below the message root, e.g. {@code Client/StartProducten/StartProduct}. */
    public static List<XmlElement> all(XmlElement root, String path) {
        return root.all(path);
    }

    /** The header's Dagtekening element. */
    public static XmlElement dagtekening(XmlElement root) {
        return at(root, "Header/BerichtIdentificatie/Dagtekening");
    }
}
