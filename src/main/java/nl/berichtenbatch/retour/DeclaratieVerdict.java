package nl.berichtenbatch.retour;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;

/**
 * What the declaratie-antwoord (325) to a declaratie (323) says: one of the situations of validation.md §3.3.
 * Clients and prestaties are named by their {@code XmlElement.path()} in the 323, e.g.
 * {@code /Bericht/Declaratie/Clienten/Client[2]} and
 * {@code /Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]}.
 *
 * @param headerCodes     {@code 0001} after a level-2 error, the codes of a Header error, or empty for {@code 0200}
 * @param declaratieCodes the codes of class Declaratie (TR333, TR318); the whole declaration is then rejected
 * @param clientCodes     client-level codes: such a client is returned with all its prestaties as {@code 0233}
 * @param prestatieCodes  the codes of the rejected prestaties; a prestatie not named here (and not under a
 *                        rejected client) is approved
 */
public record DeclaratieVerdict(List<String> headerCodes, List<String> declaratieCodes,
        Map<String, List<String>> clientCodes, Map<String, List<String>> prestatieCodes) {

    private static final String CLIENTS = "Clienten/Client";
    private static final String PRESTATIES = "Prestaties/Prestatie";

    public DeclaratieVerdict {
        Objects.requireNonNull(headerCodes, "headerCodes");
        Objects.requireNonNull(declaratieCodes, "declaratieCodes");
        headerCodes = headerCodes.isEmpty() || headerCodes.equals(List.of(Codes.TECHNICAL_REJECTION))
                ? List.copyOf(headerCodes) : Codes.specific(headerCodes, "Header");
        declaratieCodes = declaratieCodes.isEmpty() ? List.of() : Codes.specific(declaratieCodes, "Declaratie");
        clientCodes = normal(clientCodes, "clientCodes");
        prestatieCodes = normal(prestatieCodes, "prestatieCodes");
        boolean belowDeclaratie = !clientCodes.isEmpty() || !prestatieCodes.isEmpty();
        if (!headerCodes.isEmpty() && (!declaratieCodes.isEmpty() || belowDeclaratie)) {
            throw new IllegalArgumentException("A 325 rejected in the Header has no DeclaratieAntwoord codes");
        }
        if (!declaratieCodes.isEmpty() && belowDeclaratie) {
            throw new IllegalArgumentException("A declaration rejected as a whole returns no clients");
        }
    }

    private static Map<String, List<String>> normal(Map<String, List<String>> codes, String name) {
        Objects.requireNonNull(codes, name);
        Map<String, List<String>> normal = new LinkedHashMap<>();
        codes.forEach((path, list) -> normal.put(Objects.requireNonNull(path, name + " path"),
                Codes.specific(list, path)));
        return Map.copyOf(normal);
    }

    /** Everything approved: Header {@code 0200}, DeclaratieAntwoord {@code 8001}, no clients. */
    public static DeclaratieVerdict approved() {
        return new DeclaratieVerdict(List.of(), List.of(), Map.of(), Map.of());
    }

    /** A level-2 error: Header {@code 0001} only (the writer then needs an XsltVersie); nothing processed. */
    public static DeclaratieVerdict rejectedAtLevel2() {
        return new DeclaratieVerdict(List.of(Codes.TECHNICAL_REJECTION), List.of(), Map.of(), Map.of());
    }

    /** Level-3/4 errors in the Header (e.g. 9056, 8848): Header with those codes only; nothing processed. */
    public static DeclaratieVerdict rejectedInHeader(List<String> codes) {
        return new DeclaratieVerdict(Codes.specific(codes, "Header"), List.of(), Map.of(), Map.of());
    }

    /** Errors in class Declaratie (TR333, TR318): the declaration is rejected as a whole, TotaalToegekendBedrag 0. */
    public static DeclaratieVerdict rejectedInDeclaratie(List<String> codes) {
        return new DeclaratieVerdict(List.of(), Codes.specific(codes, "Declaratie"), Map.of(), Map.of());
    }

    /**
     * Errors only below Declaratie: the rejected clients and prestaties are returned, every other prestatie is
     * approved. Codes given for a prestatie of a rejected client are not written: those prestaties get
     * {@code 0233}.
     */
    public static DeclaratieVerdict rejectedBelowDeclaratie(Map<String, List<String>> clientCodes,
            Map<String, List<String>> prestatieCodes) {
        if (clientCodes.isEmpty() && prestatieCodes.isEmpty()) {
            throw new IllegalArgumentException("No client or prestatie is rejected: use approved()");
        }
        return new DeclaratieVerdict(List.of(), List.of(), clientCodes, prestatieCodes);
    }

    /** Whether the 325 has a DeclaratieAntwoord: the declaration passed level 2 and its Header was accepted. */
    public boolean hasDeclaratieAntwoord() {
        return headerCodes.isEmpty();
    }

    /** Whether the 325 needs an XsltVersie because the 323 was rejected at level 2. */
    public boolean isLevel2Rejection() {
        return headerCodes.contains(Codes.TECHNICAL_REJECTION);
    }

    /** Whether every prestatie is approved (DeclaratieAntwoord {@code 8001}). */
    public boolean isFullyApproved() {
        return headerCodes.isEmpty() && declaratieCodes.isEmpty() && clientCodes.isEmpty() && prestatieCodes.isEmpty();
    }

    /**
     * The paths of the prestaties of this 323 that are approved, in document order, for the caller's state: none
     * when the declaration is rejected in the Header or as a whole; otherwise every prestatie that is not
     * rejected itself and whose client is not rejected.
     *
     * @throws IllegalArgumentException when the verdict names a client or prestatie this 323 does not have
     */
    public List<String> approvedPrestaties(MessageRead declaratie) {
        XmlElement root = requireKnownPaths(declaratie);
        List<String> approved = new ArrayList<>();
        if (!headerCodes.isEmpty() || !declaratieCodes.isEmpty()) {
            return approved;
        }
        for (XmlElement client : clients(root)) {
            if (clientCodes.containsKey(client.path())) {
                continue;
            }
            for (XmlElement prestatie : client.all(PRESTATIES)) {
                if (!prestatieCodes.containsKey(prestatie.path())) {
                    approved.add(prestatie.path());
                }
            }
        }
        return approved;
    }

    /** The 323's root, once it is sure that every client and prestatie this verdict names is in it. */
    XmlElement requireKnownPaths(MessageRead declaratie) {
        XmlElement root = declaratieRoot(declaratie);
        Set<String> known = new HashSet<>();
        for (XmlElement client : clients(root)) {
            known.add(client.path());
            prestaties(client).forEach(p -> known.add(p.path()));
        }
        List<String> unknown = Stream.concat(clientCodes.keySet().stream()
                        .filter(p -> !known.contains(p) || p.contains("/Prestatie")),
                prestatieCodes.keySet().stream().filter(p -> !known.contains(p) || !p.contains("/Prestatie")))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The verdict names clients or prestaties that "
                    + declaratie.kind().name() + " " + declaratie.file() + " does not have: " + unknown);
        }
        return root;
    }

    static XmlElement declaratieRoot(MessageRead declaratie) {
        Objects.requireNonNull(declaratie, "declaratie");
        if (declaratie.kind() == null || declaratie.kind().type() != MessageType.DECLARATIE || declaratie.root() == null
                || !declaratie.isValid()) {
            throw new IllegalArgumentException("A 325 answers a declaratie (323) that passed level 1, not "
                    + declaratie.kind() + " " + declaratie.file());
        }
        return declaratie.root();
    }

    static List<XmlElement> clients(XmlElement root) {
        return root.child("Declaratie").map(d -> d.all(CLIENTS)).orElse(List.of());
    }

    static List<XmlElement> prestaties(XmlElement client) {
        return client.all(PRESTATIES);
    }
}
