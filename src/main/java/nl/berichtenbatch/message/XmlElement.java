package nl.berichtenbatch.message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a message that passed level 1: a small immutable tree that is the same for iJw and iWmo
 * (names are local names; only whether an element is in the basisschema namespace is kept), so that rules,
 * state and retours are written once for both standards.
 */
public final class XmlElement {

    /** The children of a leaf: one shared empty list, so that the leaves (two thirds of a tree) carry no lists. */
    private static final List<XmlElement> NONE = List.of();

    private final String name;
    private final boolean basisschema;
    private final XmlElement parent;
    /** The position among the same-named siblings when the element is repeatable, else 0 (no position in the path). */
    private final int position;
    private final int line;
    /** The path once asked for, kept for elements with children (see {@link #path()}). */
    private String path;
    private String text = "";
    private List<XmlElement> children = NONE;
    private List<XmlElement> view = NONE;
    /** The children by name, made on the first {@link #children(String)} of an element with many children. */
    private Map<String, List<XmlElement>> byName;
    private static final int BY_NAME_FROM = 16;

    /**
     * An element below {@code parent} (null for the root); {@code position} is its position among the same-named
     * siblings when the schema lets it repeat, and 0 when it does not (the path then carries no position).
     */
    XmlElement(String name, boolean basisschema, XmlElement parent, int position, int line) {
        this.name = name;
        this.basisschema = basisschema;
        this.parent = parent;
        this.position = position;
        this.line = line;
    }

    /** Local name, e.g. {@code StartProduct}. */
    public String name() {
        return name;
    }

    /** True for elements in the basisschema namespace (children of CDT types such as Product/Categorie). */
    public boolean basisschema() {
        return basisschema;
    }

    /**
     * The element's path in the official XPath form, e.g. {@code /Bericht/Client/StartProducten/StartProduct[1]}.
     * Made from the parent's path when asked, not when read: a tree of a large 323 has 400,000 elements, most of them
     * leaves whose path is never asked for (their strings were a third of the tree). An element with children keeps
     * its path once made, since its children's paths are made from it.
     */
    public String path() {
        String known = path;
        if (known != null) {
            return known;
        }
        String made = (parent == null ? "" : parent.path()) + "/" + name + (position > 0 ? "[" + position + "]" : "");
        if (!children.isEmpty()) {
            path = made;
        }
        return made;
    }

    public int line() {
        return line;
    }

    /** The text of a leaf element (empty for elements with children). */
    public String text() {
        return text;
    }

    public List<XmlElement> children() {
        return view;
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The first child with this name. */
    public Optional<XmlElement> child(String childName) {
        return Optional.ofNullable(firstChild(childName));
    }

    private XmlElement firstChild(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /**
     * All children with this name, in document order; not to be modified. An element with many children (the Clienten
     * of a large 323) keeps them by name once asked, so that finding a child among 20,000 is not a walk through all of
     * them each time (the location of every finding walks the path from the root).
     */
    public List<XmlElement> children(String childName) {
        if (children.size() > BY_NAME_FROM) {
            if (byName == null) {
                Map<String, List<XmlElement>> index = new HashMap<>();
                for (XmlElement child : children) {
                    index.computeIfAbsent(child.name, n -> new ArrayList<>()).add(child);
                }
                index.replaceAll((n, list) -> Collections.unmodifiableList(list));
                byName = index;
            }
            return byName.getOrDefault(childName, List.of());
        }
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    /**
     * The steps of relative paths as the code spells them; split once per process (the paths are the code's own
     * constants, a few hundred, and looked up millions of times in a large run).
     */
    private static final java.util.Map<String, String[]> STEPS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] steps(String relativePath) {
        String[] steps = STEPS.get(relativePath);
        if (steps == null) {
            steps = relativePath.split("/");
            if (STEPS.size() < 10_000) {  // a bound, should a caller ever pass paths made from data
                STEPS.put(relativePath, steps);
            }
        }
        return steps;
    }

    /** The element at a relative path of names separated by '/', e.g. {@code Product/Categorie}. */
    public Optional<XmlElement> find(String relativePath) {
        XmlElement current = this;
        for (String step : steps(relativePath)) {
            current = current.firstChild(step);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /** The text at a relative path, if the element is there. */
    public Optional<String> value(String relativePath) {
        return find(relativePath).map(XmlElement::text);
    }

    /** The text at a relative path, or null when absent. */
    public String valueOrNull(String relativePath) {
        return value(relativePath).orElse(null);
    }

    /**
     * Every element at a path of names below this one, e.g. {@code StartProducten/StartProduct} gives all
     * StartProducts.
     */
    public List<XmlElement> all(String relativePath) {
        List<XmlElement> current = List.of(this);
        for (String step : steps(relativePath)) {
            List<XmlElement> next = new ArrayList<>();
            for (XmlElement element : current) {
                next.addAll(element.children(step));
            }
            current = next;
        }
        return current;
    }

    void add(XmlElement child) {
        if (children == NONE) {
            children = new ArrayList<>(4);
            view = Collections.unmodifiableList(children);
        }
        children.add(child);
        byName = null;
    }

    void text(String value) {
        this.text = value;
    }

    @Override
    public String toString() {
        return path();
    }
}
