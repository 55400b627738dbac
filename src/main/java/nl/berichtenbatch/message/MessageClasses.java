package nl.berichtenbatch.message;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The berichtklassen of each heenbericht (messages.md §5): the groups of elements that are judged as a unit and
 * that each get their own RetourCodes in the answer. Paths are relative to {@code Bericht}, parents first.
 */
public final class MessageClasses {

    private static final Map<MessageType, List<String>> CLASSES = new EnumMap<>(MessageType.class);

    static {
        CLASSES.put(MessageType.TOEWIJZING, List.of("Client", "Client/Relaties/Relatie",
                "Client/Relaties/Relatie/Contact", "Client/Contactgegevens/Contact",
                "Client/ToegewezenProducten/ToegewezenProduct"));
        CLASSES.put(MessageType.START, List.of("Client", "Client/StartProducten/StartProduct"));
        CLASSES.put(MessageType.STOP, List.of("Client", "Client/StopProducten/StopProduct"));
        CLASSES.put(MessageType.VERZOEK_OM_TOEWIJZING, List.of("Client",
                "Client/AangevraagdeProducten/AangevraagdProduct"));
        CLASSES.put(MessageType.VERZOEK_OM_WIJZIGING, List.of("Client", "Client/Verzoek",
                "Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct",
                "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct",
                "Client/Verzoek/NieuweProducten/NieuwProduct"));
        CLASSES.put(MessageType.ANTWOORD, List.of("Antwoord", "Antwoord/Woonplaatsbeginsel"));
        CLASSES.put(MessageType.DECLARATIE, List.of("Declaratie", "Declaratie/Clienten/Client",
                "Declaratie/Clienten/Client/Prestaties/Prestatie"));
    }

    private MessageClasses() {
    }

    /** The class paths of a message type (relative to Bericht); empty for retours and the 325. */
    public static List<String> of(MessageType type) {
        return CLASSES.getOrDefault(type, List.of());
    }

    /** Every class occurrence in a message, parents before children, in document order per class. */
    public static List<XmlElement> occurrences(MessageType type, XmlElement root) {
        List<XmlElement> found = new ArrayList<>();
        for (String path : of(type)) {
            found.addAll(root.all(path));
        }
        return found;
    }

    /**
     * The path of the class occurrence a location belongs to: the deepest class element whose path is the location
     * or a prefix of it. The location may be in either form (see {@link #elementPath}). Null for locations outside
     * every class (the header). For many locations in one message, {@link #index} finds the classes once.
     */
    public static String classOf(MessageType type, XmlElement root, String location) {
        return index(type, root).classOf(location);
    }

    /** The class occurrences of one message, found once, for assigning many locations to their class. */
    public static Index index(MessageType type, XmlElement root) {
        Set<String> paths = new HashSet<>();
        occurrences(type, root).forEach(occurrence -> paths.add(occurrence.path()));
        return new Index(root, paths);
    }

    /** The class occurrences of one message by path. */
    public static final class Index {

        private final XmlElement root;
        private final Set<String> classPaths;

        private Index(XmlElement root, Set<String> classPaths) {
            this.root = root;
            this.classPaths = classPaths;
        }

        /**
         * As {@link MessageClasses#classOf}: the location's element path and then each of its ancestors, the first
         * that is a class occurrence (so the deepest one), in steps of the path's length rather than the number of
         * classes: a declaration of 22,000 clients has 44,000 of them, and as many findings.
         */
        public String classOf(String location) {
            for (String at = elementPath(root, location); at != null; at = parentPath(at)) {
                if (classPaths.contains(at)) {
                    return at;
                }
            }
            return null;
        }
    }

    /** A path without its last step ({@code /Bericht/Client} for {@code /Bericht/Client/Bsn}); null for the root. */
    public static String parentPath(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? null : path.substring(0, slash);
    }

    /**
     * A location in the form of {@link XmlElement#path()} (a position on every repeatable element), given in that form
     * or in the official one of the level-2 XSLT (a position only where same-named siblings repeat, so
     * {@code .../StartProducten/StartProduct/Begindatum} for a lone StartProduct). Steps below the last element that
     * exists (an absent element a rule names) are kept as they are.
     */
    public static String elementPath(XmlElement root, String location) {
        String[] steps = location.startsWith("/") ? location.substring(1).split("/") : location.split("/");
        if (root == null || steps.length == 0 || !name(steps[0]).equals(root.name())) {
            return location;
        }
        XmlElement current = root;
        for (int i = 1; i < steps.length; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            List<XmlElement> named = current.children(name(step));
            int position = bracket < 0 ? 1 : parsePosition(step.substring(bracket + 1, step.length() - 1));
            if (position < 1 || position > named.size()) {
                return current.path() + "/" + String.join("/", java.util.Arrays.copyOfRange(steps, i, steps.length));
            }
            current = named.get(position - 1);
        }
        return current.path();
    }

    private static String name(String step) {
        int bracket = step.indexOf('[');
        return bracket < 0 ? step : step.substring(0, bracket);
    }

    private static int parsePosition(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
