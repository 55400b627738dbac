package nl.berichtenbatch.validation.rules.support;

import java.util.List;

import nl.berichtenbatch.message.XmlElement;

/**
 * Element locations as the official XSLT writes them: local names from {@code /Bericht} down, with a position only on
 * an element that has siblings of the same name ({@code .../Prestaties/Prestatie[2]}, but {@code .../Client/Bsn} and a
 * lone {@code .../NieuweProducten/NieuwProduct}).
 */
public final class Locations {

    private Locations() {
    }

    /** The official location of an element of the message under {@code root}. */
    public static String of(XmlElement root, XmlElement element) {
        return of(root, element.path());
    }

    /**
     * The official form of a path to an element of the message under {@code root}, given in either form (a position on
     * every repeatable element, as {@link XmlElement#path()} has it, or the official one).
     */
    public static String of(XmlElement root, String path) {
        // walk the path from the root to see which repeatable elements really have same-named siblings
        String[] steps = path.substring(1).split("/");
        StringBuilder location = new StringBuilder("/").append(root.name());
        XmlElement current = root;
        for (int i = 1; i < steps.length; i++) {
            String step = steps[i];
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            int position = bracket < 0 ? 1 : Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
            List<XmlElement> named = current.children(name);
            current = named.get(position - 1);
            location.append('/').append(name);
            if (named.size() > 1) {
                location.append('[').append(position).append(']');
            }
        }
        return location.toString();
    }
}
