package nl.berichtenbatch.retour;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the retour to a heenbericht (301, 305, 307, 315, 317, 319) says: one of the four outcomes of
 * validation.md §3.1. Classes are named by their {@code XmlElement.path()} in the heenbericht, e.g.
 * {@code /Bericht/Client} or {@code /Bericht/Client/StartProducten/StartProduct[2]}.
 *
 * @param headerCodes the RetourCodes of the Header; empty when the element is omitted (outcome A)
 * @param classCodes  the own failing codes of each class that failed (outcome D only), each once and ascending
 * @param notAssessed the classes whose checks could not run at all and that get {@code 0233} (outcome D only)
 */
public record RetourVerdict(List<String> headerCodes, Map<String, List<String>> classCodes, Set<String> notAssessed) {

    public RetourVerdict {
        Objects.requireNonNull(headerCodes, "headerCodes");
        Objects.requireNonNull(classCodes, "classCodes");
        Objects.requireNonNull(notAssessed, "notAssessed");
        headerCodes = headerCodes(headerCodes);
        Map<String, List<String>> normal = new LinkedHashMap<>();
        classCodes.forEach((path, codes) -> normal.put(Objects.requireNonNull(path, "class path"),
                Codes.specific(codes, path)));
        classCodes = Map.copyOf(normal);
        notAssessed = Set.copyOf(new TreeSet<>(notAssessed));
        boolean body = !classCodes.isEmpty() || !notAssessed.isEmpty();
        if (body != headerCodes.equals(List.of(Codes.NO_REMARK))) {
            throw new IllegalArgumentException("The Header carries " + Codes.NO_REMARK
                    + " exactly when classes are returned (outcome D): header " + headerCodes + ", classes "
                    + classCodes.keySet() + ", not assessed " + notAssessed);
        }
        if (body && classCodes.isEmpty()) {
            throw new IllegalArgumentException("Outcome D needs at least one class with a failing code");
        }
        for (String path : notAssessed) {
            if (classCodes.containsKey(path)) {
                throw new IllegalArgumentException(path + " cannot both fail and be not assessed");
            }
        }
    }

    private static List<String> headerCodes(List<String> codes) {
        if (codes.isEmpty() || codes.equals(List.of(Codes.TECHNICAL_REJECTION))
                || codes.equals(List.of(Codes.NO_REMARK))) {
            return List.copyOf(codes);
        }
        return Codes.specific(codes, "Header");
    }

    /** Outcome A: no error at levels 2–4; a header-only retour without RetourCodes. */
    public static RetourVerdict accepted() {
        return new RetourVerdict(List.of(), Map.of(), Set.of());
    }

    /** Outcome B: a level-2 error; header-only retour with {@code 0001} (the writer then needs an XsltVersie). */
    public static RetourVerdict rejectedAtLevel2() {
        return new RetourVerdict(List.of(Codes.TECHNICAL_REJECTION), Map.of(), Set.of());
    }

    /** Outcome C: level-3/4 errors in the Header (e.g. 9056, 8848, S300); header-only retour with those codes. */
    public static RetourVerdict rejectedInHeader(List<String> codes) {
        return new RetourVerdict(Codes.specific(codes, "Header"), Map.of(), Set.of());
    }

    /**
     * Outcome D: level-3/4 errors in body classes. The Header gets {@code 0200}, the whole body is returned and
     * every class gets its own codes, {@code 0233} when it is in {@code notAssessed}, otherwise {@code 0200}.
     */
    public static RetourVerdict rejectedInClasses(Map<String, List<String>> classCodes, Set<String> notAssessed) {
        return new RetourVerdict(List.of(Codes.NO_REMARK), classCodes, notAssessed);
    }

    /** Whether the retour returns the body of the heenbericht (outcome D). */
    public boolean hasBody() {
        return !classCodes.isEmpty();
    }

    /** Whether the message was rejected at level 2, so that the retour must name the XsltVersie. */
    public boolean isLevel2Rejection() {
        return headerCodes.contains(Codes.TECHNICAL_REJECTION);
    }

    /** The RetourCodes of a class in outcome D: its own codes, else {@code 0233} or {@code 0200}. */
    public List<String> codesFor(String classPath) {
        List<String> own = classCodes.get(classPath);
        if (own != null) {
            return own;
        }
        return List.of(notAssessed.contains(classPath) ? Codes.NOT_ASSESSED : Codes.NO_REMARK);
    }
}
