package nl.berichtenbatch.message;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Builds the systematic DOM mutations used by {@link SchemaConformanceTests}.
 *
 * <p>A {@link Mutant} does not hold a document. It holds a description and an operation that is applied to a fresh copy
 * of the original message, so the mutants of one message can be validated in parallel, each on its own copy. Elements
 * are addressed by their position in document order, which is the same in every copy.
 *
 * <p>Mutations: remove, duplicate (copy inserted right after it) and rename (local name + "X") every element; add an
 * unknown attribute to every element; append an unknown child (message namespace) to every complex element; move the
 * second child of every complex element before the first; move every element into the other namespace (message
 * namespace and basisschema namespace swapped); replace the message namespace of all elements by another message's
 * namespace and by an unknown one; and give every leaf element wrong, boundary and code-list values. The long lists of
 * boundary and code-list values are tried once per distinct leaf path (repeated structures share their types).
 */
final class SchemaConformanceMutations {

    /** Namespace used for the "unknown namespace" mutation. */
    static final String UNKNOWN_NAMESPACE = "http://www.istandaarden.nl/onbekend/3_2/onbekend/schema";

    /** Local name of the element added by the "unknown child" mutation. */
    static final String UNKNOWN_CHILD = "OnbekendElement";

    /** Name of the attribute added by the "unknown attribute" mutation. */
    static final String UNKNOWN_ATTRIBUTE = "onbekend";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private static final Pattern SHORT_NUMBER = Pattern.compile("[0-9]{1,2}");

    /** Values tried on every leaf element (the brief's list). */
    private static final List<String> BASIC_VALUES = List.of(
            "", "abc", "12a", "2026-02-30", "9".repeat(300), "x".repeat(300), "99", "ZZ",
            "2026-01-01Z", "-1", "1000000000000");

    /**
     * Boundary values tried once per distinct leaf path (the first occurrence of a path in the message), so that
     * facets (length, range, pattern, date and time lexical forms, whitespace handling) are compared precisely.
     */
    private static final List<String> BOUNDARY_VALUES = boundaryValues();

    enum Family {
        /** remove, duplicate, rename, unknown child, order change. */
        STRUCTURE,
        /** a new text value for a leaf element. */
        VALUE,
        /** element(s) moved to another namespace. */
        NAMESPACE
    }

    /**
     * One mutation of one message.
     *
     * @param description readable description, with the element path
     * @param family      kind of mutation
     * @param touched     positions (document order) of the elements this mutation changes or moves
     * @param apply       applies the mutation to a fresh copy of the original message
     */
    record Mutant(String description, Family family, Set<Integer> touched, Consumer<Document> apply) {
    }

    private SchemaConformanceMutations() {
    }

    /** All elements of the document, in document order (the root is position 0). */
    static List<Element> elements(Document document) {
        List<Element> result = new ArrayList<>();
        collect(document.getDocumentElement(), result);
        return result;
    }

    private static void collect(Element element, List<Element> result) {
        result.add(element);
        for (Element child : children(element)) {
            collect(child, result);
        }
    }

    static List<Element> children(Element element) {
        List<Element> result = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                result.add(child);
            }
        }
        return result;
    }

    static boolean isLeaf(Element element) {
        return children(element).isEmpty();
    }

    /** Readable path such as {@code /Bericht/Client/Relaties/Relatie[2]/Naam}. */
    static String path(Element element) {
        StringBuilder path = new StringBuilder();
        for (Node node = element; node instanceof Element current; node = node.getParentNode()) {
            String step = current.getLocalName();
            if (current.getParentNode() instanceof Element parent) {
                List<Element> sameName = children(parent).stream()
                        .filter(sibling -> sibling.getLocalName().equals(current.getLocalName()))
                        .toList();
                if (sameName.size() > 1) {
                    step += "[" + (sameName.indexOf(current) + 1) + "]";
                }
            }
            path.insert(0, "/" + step);
        }
        return path.toString();
    }

    /** The path without positions: {@code /Bericht/Client/Relaties/Relatie/Naam}. */
    static String genericPath(Element element) {
        return path(element).replaceAll("\\[[0-9]+]", "");
    }

    /**
     * All mutants of one message.
     *
     * @param original             the parsed official example (not modified)
     * @param basisNamespace       namespace of the basisschema
     * @param otherMessageNamespace namespace of another message of the same standard
     * @param codeDomains          enumeration values per simple type, used to sweep code lists
     */
    static List<Mutant> mutants(Document original, String basisNamespace, String otherMessageNamespace,
            Collection<Set<String>> codeDomains) {
        List<Element> elements = elements(original);
        String messageNamespace = original.getDocumentElement().getNamespaceURI();
        List<Mutant> mutants = new ArrayList<>();

        for (int i = 0; i < elements.size(); i++) {
            int index = i;
            Element element = elements.get(i);
            String path = path(element);
            if (i > 0) {
                mutants.add(new Mutant("remove " + path, Family.STRUCTURE, Set.of(index),
                        copy -> remove(elements(copy).get(index))));
                mutants.add(new Mutant("duplicate " + path, Family.STRUCTURE, Set.of(index),
                        copy -> duplicate(elements(copy).get(index))));
            }
            String renamed = element.getLocalName() + "X";
            mutants.add(new Mutant("rename " + path + " to " + renamed, Family.STRUCTURE, Set.of(index),
                    copy -> rename(elements(copy).get(index), renamed)));
            mutants.add(new Mutant("add unknown attribute " + UNKNOWN_ATTRIBUTE + "=\"1\" to " + path,
                    Family.STRUCTURE, Set.of(index),
                    copy -> elements(copy).get(index).setAttributeNS(null, UNKNOWN_ATTRIBUTE, "1")));

            List<Element> children = children(element);
            if (!children.isEmpty()) {
                mutants.add(new Mutant("append unknown child " + UNKNOWN_CHILD + " to " + path, Family.STRUCTURE,
                        Set.of(index), copy -> appendUnknownChild(elements(copy).get(index), messageNamespace)));
            }
            if (children.size() >= 2) {
                int first = elements.indexOf(children.get(0));
                int second = elements.indexOf(children.get(1));
                mutants.add(new Mutant("move " + path(children.get(1)) + " before " + path(children.get(0)),
                        Family.STRUCTURE, Set.of(first, second),
                        copy -> swapFirstTwoChildren(elements(copy).get(index))));
            }

            String switchedNamespace = messageNamespace.equals(element.getNamespaceURI()) ? basisNamespace
                    : basisNamespace.equals(element.getNamespaceURI()) ? messageNamespace : null;
            if (switchedNamespace != null) {
                mutants.add(new Mutant("move " + path + " into namespace " + switchedNamespace, Family.NAMESPACE,
                        Set.of(index), copy -> changeNamespace(elements(copy).get(index), switchedNamespace)));
            }
        }

        for (String wrongNamespace : List.of(otherMessageNamespace, UNKNOWN_NAMESPACE)) {
            mutants.add(new Mutant("replace message namespace " + messageNamespace + " by " + wrongNamespace,
                    Family.NAMESPACE, Set.of(0), copy -> replaceNamespace(copy, messageNamespace, wrongNamespace)));
        }

        mutants.addAll(valueMutants(elements, codeDomains));
        return mutants;
    }

    private static List<Mutant> valueMutants(List<Element> elements, Collection<Set<String>> codeDomains) {
        List<Mutant> mutants = new ArrayList<>();
        Set<String> sweptPaths = new LinkedHashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            Element leaf = elements.get(i);
            if (!isLeaf(leaf)) {
                continue;
            }
            String current = leaf.getTextContent();
            Set<String> values = new LinkedHashSet<>(BASIC_VALUES);
            if (!current.isEmpty()) {
                values.add(current + current);
                values.add(" " + current + " ");
            }
            if (DIGITS.matcher(current).matches()) {
                values.add("0" + current);
                if (current.length() > 1 && current.startsWith("0")) {
                    values.add(current.substring(1));
                }
            }
            if (sweptPaths.add(genericPath(leaf))) {
                values.addAll(BOUNDARY_VALUES);
                values.addAll(codeSweep(current, codeDomains));
            }
            values.remove(current);
            int index = i;
            String path = path(leaf);
            for (String value : values) {
                mutants.add(new Mutant("set " + path + " to " + quote(value), Family.VALUE, Set.of(index),
                        copy -> elements(copy).get(index).setTextContent(value)));
            }
        }
        return mutants;
    }

    /**
     * Values for a code-list sweep: every enumeration value of every simple type whose enumeration contains the
     * current value, and for one- or two-digit values all numbers 0-9 and 00-99.
     */
    private static Set<String> codeSweep(String current, Collection<Set<String>> codeDomains) {
        Set<String> values = new LinkedHashSet<>();
        for (Set<String> domain : codeDomains) {
            if (domain.contains(current)) {
                values.addAll(domain);
            }
        }
        if (SHORT_NUMBER.matcher(current).matches()) {
            for (int n = 0; n < 100; n++) {
                values.add(Integer.toString(n));
                values.add(String.format("%02d", n));
            }
        }
        return values;
    }

    private static List<String> boundaryValues() {
        Set<String> values = new LinkedHashSet<>();
        // numbers and ranges
        values.addAll(List.of("0", "1", "+1", "1.0", "1.5", "1e3", "00", "000", "100", "99999", "100000",
                "99999999", "100000000", "999999999", "1000000000", "999999999999", "1 000", "0x1F"));
        // lengths around every maxLength of the basisschema, as digits and as letters
        for (int length : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 20, 21, 24, 25, 26, 35, 36,
                37, 64, 65, 80, 81, 200, 201}) {
            values.add("7".repeat(length));
            values.add("b".repeat(length));
        }
        // dates and times
        values.addAll(List.of("2026-01-01", "2024-02-29", "2025-02-29", "2026-13-01", "2026-1-01", "20260101",
                "2026-01-01+01:00", "2026-01-01T00:00:00", "0001-01-01", "9999-12-31", "-2026-01-01", "12026-01-01",
                "0000-01-01", "12:00:00", "12:00", "24:00:00", "12:00:00Z", "12:00:00+01:00", "12:00:00.5",
                "23:59:60"));
        // whitespace and characters
        values.addAll(List.of(" ", "\t", "\n", "a b", " a", "a ", "a\u00A0", "\u00A0", ".", ". .", "a.", "A.B",
                "O'Brien", "É", "ÿ", "Ỵ", "ỳ", "Ω", "ß", "ü1", "Jan-Piet", "j", "J", "ab", "AB", "aB", "nl", "NL",
                "xx", "XX"));
        // versions
        values.addAll(List.of("1.0.0", "0.1.0", "01.0.0", "1.0", "1.0.0.0", "10.20.30", "1.0.0-SNAPSHOT", "v1.0.0"));
        // boolean-like
        values.addAll(List.of("true", "false", "J", "N"));
        return List.copyOf(values);
    }

    // ------------------------------------------------------------------ DOM operations

    static void remove(Element element) {
        element.getParentNode().removeChild(element);
    }

    static void duplicate(Element element) {
        element.getParentNode().insertBefore(element.cloneNode(true), element.getNextSibling());
    }

    static void rename(Element element, String newLocalName) {
        String prefix = element.getPrefix();
        element.getOwnerDocument().renameNode(element, element.getNamespaceURI(),
                prefix == null ? newLocalName : prefix + ":" + newLocalName);
    }

    static void appendUnknownChild(Element parent, String namespace) {
        Document document = parent.getOwnerDocument();
        String prefix = prefixFor(document, namespace);
        Element unknown = document.createElementNS(namespace,
                prefix == null ? UNKNOWN_CHILD : prefix + ":" + UNKNOWN_CHILD);
        unknown.setTextContent("1");
        parent.appendChild(unknown);
    }

    static void swapFirstTwoChildren(Element parent) {
        List<Element> children = children(parent);
        parent.insertBefore(children.get(1), children.get(0));
    }

    /** Moves one element to another namespace, using the prefix the root declares for it. */
    static void changeNamespace(Element element, String namespace) {
        String prefix = prefixFor(element.getOwnerDocument(), namespace);
        String localName = element.getLocalName();
        element.getOwnerDocument().renameNode(element, namespace,
                prefix == null ? localName : prefix + ":" + localName);
    }

    /** Moves every element of one namespace to another, and rewrites the namespace declarations accordingly. */
    static void replaceNamespace(Document document, String from, String to) {
        Map<String, String> mapping = new HashMap<>();
        mapping.put(from, to);
        renameNamespaces(document, mapping::get);
    }

    /**
     * Renames the namespace of every element and every namespace declaration for which {@code mapping} returns a
     * non-null namespace.
     */
    static void renameNamespaces(Document document, java.util.function.Function<String, String> mapping) {
        for (Element element : elements(document)) {
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Attr attribute = (Attr) attributes.item(a);
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                    String mapped = mapping.apply(attribute.getValue());
                    if (mapped != null) {
                        attribute.setValue(mapped);
                    }
                }
            }
            String mapped = element.getNamespaceURI() == null ? null : mapping.apply(element.getNamespaceURI());
            if (mapped != null) {
                document.renameNode(element, mapped, element.getNodeName());
            }
        }
    }

    private static String prefixFor(Document document, String namespace) {
        NamedNodeMap attributes = document.getDocumentElement().getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
            Attr attribute = (Attr) attributes.item(a);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                    && namespace.equals(attribute.getValue())) {
                return "xmlns".equals(attribute.getPrefix()) ? attribute.getLocalName() : null;
            }
        }
        return null;
    }

    /** A value as it appears in a description: quoted, escaped, long values shortened. */
    static String quote(String value) {
        String shown = value.length() > 24
                ? value.substring(0, 12) + "…(" + value.length() + " chars)"
                : value;
        return "\"" + shown.replace("\t", "\\t").replace("\n", "\\n").replace("\u00A0", "\\u00A0") + "\"";
    }
}
