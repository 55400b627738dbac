package nl.berichtenbatch.processing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.report.RunReport.VariantTotals;
import nl.berichtenbatch.report.VariantFacts;
import nl.berichtenbatch.report.VariantFacts.MessageMismatch;
import nl.berichtenbatch.retour.DeclaratieVerdict;
import nl.berichtenbatch.retour.RetourVerdict;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.validation.Assessment;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Outcome;
import nl.berichtenbatch.validation.RuleContext;

/**
 * What a processed message adds to the steering picture per uitvoeringsvariant (issue #6, design.md 4.6): every product
 * line under the variant its contract gives on the line's date, or {@value VariantFacts#UNKNOWN}.
 *
 * <p>What counts: inbound 301, 305, 307 and 323 that we judged (ACCEPTED, REJECTED, PARTIAL), and the 301s a gemeente
 * sent (SENT), because its allocations are what it sends. Other sent messages (an aanbieder's 305, 307, 323) are
 * judged by the partner in a later answer and are not counted. Lines: a ToegewezenProduct is an allocation on its
 * Ingangsdatum, a StartProduct a start on its Begindatum, a StopProduct a stop on its Einddatum, a Prestatie a
 * prestatie on its ProductPeriode Begindatum. A 301 repeats every allocation still actual (OP087), so a
 * ToegewezenProduct counts only when it is a new allocation or a new version of one ({@link #newAllocations}, against
 * the state before the 301 was applied). A 323 is one declaration for every variant it has prestaties of.
 * Amounts are signed: a credit prestatie subtracts, as in TotaalIngediendBedrag (TR358); approved is the part the 325
 * approves. A retourcode counts once for every variant of the product lines of the class it is given to (the class
 * itself, a class inside a line or a class around lines); a code given to the whole message (header, declaration, a
 * level-2 rejection) counts once for every variant in the message.
 */
final class SteeringFacts {

    /** The elements that name a product, with the date that picks its contract. */
    private enum Line {
        ALLOCATION("ToegewezenProduct", "Ingangsdatum"),
        START("StartProduct", "Begindatum"),
        STOP("StopProduct", "Einddatum"),
        PRESTATIE("Prestatie", "ProductPeriode/Begindatum"),
        REQUEST("AangevraagdProduct", "ToewijzingIngangsdatum"),
        CHANGE("NieuwProduct", "GewensteIngangsdatum");

        final String element;
        final String date;

        Line(String element, String date) {
            this.element = element;
            this.date = date;
        }
    }

    private record ProductLine(Line line, XmlElement element, String variant) {
    }

    private static final Set<MessageType> COUNTED = Set.of(MessageType.TOEWIJZING, MessageType.START,
            MessageType.STOP, MessageType.DECLARATIE);
    private static final Set<Outcome> JUDGED = Set.of(Outcome.ACCEPTED, Outcome.REJECTED, Outcome.PARTIAL);

    private final Contracts contracts;
    private final Predicate<String> variantRule;

    /**
     * @param variantRule whether a rule id is one of the variant checks ({@code @RuleSpec(variant = true)}), whose
     *                    findings are the mismatches
     */
    SteeringFacts(Contracts contracts, Predicate<String> variantRule) {
        this.contracts = contracts;
        // remembered per id: the engine looks a rule up by walking its lists, and a 323 may have many findings
        Map<String, Boolean> known = new ConcurrentHashMap<>();
        this.variantRule = rule -> known.computeIfAbsent(rule, variantRule::test);
    }

    /**
     * The facts of a message that levels 2-4 assessed; null without contracts, and for a message that neither counts
     * nor has mismatches.
     */
    VariantFacts of(MessageRead read, Outcome outcome, boolean outgoing, Assessment assessment,
            Set<String> newAllocations) {
        if (!contracts.configured() || assessment == null || read.kind() == null || read.root() == null) {
            return null;
        }
        MessageType type = read.kind().type();
        Scope scope = Scope.of(read.kind(), read.header());
        Lines lines = new Lines(lines(read.root(), scope));
        List<MessageMismatch> mismatches = new ArrayList<>();
        for (Finding finding : assessment.findings()) {
            if (variantRule.test(finding.rule())) {
                mismatches.add(new MessageMismatch(lines.variantAt(finding.location()), finding.rule(),
                        finding.text()));
            }
        }
        boolean counts = COUNTED.contains(type)
                && (outgoing ? outcome == Outcome.SENT && type == MessageType.TOEWIJZING : JUDGED.contains(outcome));
        if (!counts && mismatches.isEmpty()) {
            return null;
        }
        Map<String, VariantTotals> totals = counts ? totals(read, type, lines, assessment, newAllocations) : Map.of();
        return new VariantFacts(scope.aanbieder(), totals, mismatches);
    }

    /**
     * The paths of the ToegewezenProducten of a 301 that are a new allocation or a new version of one, looked up in
     * the history before the 301 is applied: its ToewijzingNummer has no current version for the client yet, or the
     * current version differs ({@link #sameVersion}). Empty for other messages, and without contracts (no facts then).
     */
    Set<String> newAllocations(RuleContext context) {
        if (!contracts.configured() || context.kind() == null || context.kind().type() != MessageType.TOEWIJZING) {
            return Set.of();
        }
        String client = context.client();
        Map<Long, Allocation> current = new HashMap<>();
        // one look-up for the client: a 301 is about one client (a number of another client's is new for this one)
        if (client != null) {
            context.history().currentAllocations(context.scope(), client)
                    .forEach(a -> current.put(a.toewijzingNummer(), a));
        }
        Set<String> fresh = new HashSet<>();
        for (XmlElement product : context.root().all("Client/ToegewezenProducten/ToegewezenProduct")) {
            try {
                Allocation allocation = Extract.allocation(product, client);
                Allocation before = current.get(allocation.toewijzingNummer());
                if (before == null || !sameVersion(before, allocation)) {
                    fresh.add(product.path());
                }
            } catch (RuntimeException unreadable) {
                fresh.add(product.path()); // a 301 that passed level 1 has readable numbers and dates; count it then
            }
        }
        return fresh;
    }

    /**
     * Whether a ToegewezenProduct repeats a version: every field the same but ReferentieAanbieder and RedenWijziging,
     * which a repeat leaves empty (processes.md 4.1, 4.3); a change always gets a new Toewijzingsdatum/-tijd (4.4).
     */
    static boolean sameVersion(Allocation a, Allocation b) {
        return Objects.equals(a.client(), b.client()) && a.toewijzingNummer() == b.toewijzingNummer()
                && Objects.equals(a.categorie(), b.categorie()) && Objects.equals(a.productCode(), b.productCode())
                && Objects.equals(a.toewijzingsdatum(), b.toewijzingsdatum())
                && Objects.equals(a.toewijzingstijd(), b.toewijzingstijd())
                && Objects.equals(a.ingangsdatum(), b.ingangsdatum()) && Objects.equals(a.einddatum(), b.einddatum())
                && Objects.equals(a.volume(), b.volume()) && Objects.equals(a.eenheid(), b.eenheid())
                && Objects.equals(a.frequentie(), b.frequentie()) && Objects.equals(a.budget(), b.budget());
    }

    private Map<String, VariantTotals> totals(MessageRead read, MessageType type, Lines lines,
            Assessment assessment, Set<String> newAllocations) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Set<String> approved = new HashSet<>();
        Map<String, List<String>> codes = new LinkedHashMap<>(); // by class path; the key "" is the whole message
        if (type == MessageType.DECLARATIE) {
            DeclaratieVerdict verdict = Verdicts.declaratie(assessment, read.root());
            approved.addAll(verdict.approvedPrestaties(read));
            wholeMessage(codes, verdict.headerCodes());
            wholeMessage(codes, verdict.declaratieCodes());
            codes.putAll(verdict.clientCodes());
            codes.putAll(verdict.prestatieCodes());
        } else {
            RetourVerdict verdict = Verdicts.retour(assessment);
            if (verdict.classCodes().isEmpty()) {
                wholeMessage(codes, verdict.headerCodes());
            } else {
                codes.putAll(verdict.classCodes());
            }
        }
        for (ProductLine line : lines.list) {
            Tally tally = tallies.computeIfAbsent(line.variant(), v -> new Tally());
            switch (line.line()) {
                case ALLOCATION -> tally.allocations += newAllocations.contains(line.element().path()) ? 1 : 0;
                case START -> tally.starts++;
                case STOP -> tally.stops++;
                case PRESTATIE -> {
                    tally.declarations = 1;
                    tally.prestaties++;
                    long cents = signedAmount(line.element());
                    tally.declared = Math.addExact(tally.declared, cents);
                    if (approved.contains(line.element().path())) {
                        tally.approved = Math.addExact(tally.approved, cents);
                    }
                }
                default -> {
                    // a 315 or 317 product: only its mismatches are reported
                }
            }
        }
        codes.forEach((path, given) -> {
            for (String variant : lines.variantsOf(path)) {
                given.forEach(code -> tallies.computeIfAbsent(variant, v -> new Tally()).rejections
                        .merge(code, 1, Integer::sum));
            }
        });
        Map<String, VariantTotals> totals = new LinkedHashMap<>();
        tallies.forEach((variant, tally) -> totals.put(variant, tally.totals()));
        return totals;
    }

    private static void wholeMessage(Map<String, List<String>> codes, List<String> given) {
        // 0200 on the header only says "see the classes": it is no rejection
        List<String> rejections = given.stream().filter(c -> !c.equals("0200")).toList();
        if (!rejections.isEmpty()) {
            codes.merge("", rejections, (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
    }

    /**
     * The product lines of a message with their paths indexed, so that a class or a finding finds the lines it
     * concerns in steps of its path's length: a 323 of 22,000 clients has as many lines and up to twice as many
     * classes with codes, and comparing every class with every line took minutes. Paths are compared at their '/'
     * boundaries only, as before: a line is at a path, around it (a prefix) or inside it.
     */
    private static final class Lines {

        private final List<ProductLine> list;
        /** A line's own path: its position in the list. */
        private final Map<String, Integer> at = new HashMap<>();
        /** Every path above a line (the root's "" included): the positions of the lines below it, in order. */
        private final Map<String, List<Integer>> below = new HashMap<>();
        /** The variant when every line has the same one, else unknown. */
        private final String onlyVariant;

        Lines(List<ProductLine> list) {
            this.list = list;
            Set<String> all = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String path = list.get(i).element().path();
                at.putIfAbsent(path, i);
                for (String up = parentOf(path); up != null; up = parentOf(up)) {
                    below.computeIfAbsent(up, k -> new ArrayList<>()).add(i);
                }
                all.add(list.get(i).variant());
            }
            onlyVariant = all.size() == 1 ? all.iterator().next() : VariantFacts.UNKNOWN;
        }

        /** The path without its last step ("" for a step below the root); null for a path without a '/'. */
        private static String parentOf(String path) {
            int slash = path.lastIndexOf('/');
            return slash < 0 ? null : path.substring(0, slash);
        }

        /** The position of the first line at the path or around it, or -1. */
        private int firstAtOrAround(String path) {
            int first = -1;
            for (String up = path; up != null; up = parentOf(up)) {
                Integer i = at.get(up);
                if (i != null && (first < 0 || i < first)) {
                    first = i;
                }
            }
            return first;
        }

        /** The variants of the lines a class concerns: itself a line, inside one, or around some; else all of them. */
        Set<String> variantsOf(String path) {
            SortedSet<Integer> concerned = new TreeSet<>();
            if (!path.isEmpty()) {
                for (String up = path; up != null; up = parentOf(up)) {
                    Integer i = at.get(up);
                    if (i != null) {
                        concerned.add(i);
                    }
                }
                concerned.addAll(below.getOrDefault(path, List.of()));
            }
            Set<String> variants = new LinkedHashSet<>();
            if (concerned.isEmpty()) {
                list.forEach(line -> variants.add(line.variant()));
            } else {
                concerned.forEach(i -> variants.add(list.get(i).variant()));
            }
            return variants;
        }

        /** The variant of the product a finding is about: the line around its location, else the first inside it. */
        String variantAt(String location) {
            if (location != null) {
                int around = firstAtOrAround(location);
                if (around >= 0) {
                    return list.get(around).variant();
                }
                List<Integer> inside = below.get(location);
                if (inside != null) {
                    return list.get(inside.get(0)).variant();
                }
            }
            return onlyVariant;
        }
    }

    private List<ProductLine> lines(XmlElement root, Scope scope) {
        List<ProductLine> lines = new ArrayList<>();
        collect(root, scope, lines);
        return lines;
    }

    private void collect(XmlElement element, Scope scope, List<ProductLine> lines) {
        for (Line line : Line.values()) {
            if (line.element.equals(element.name())) {
                lines.add(new ProductLine(line, element, variant(element, line, scope)));
                return;
            }
        }
        element.children().forEach(child -> collect(child, scope, lines));
    }

    private String variant(XmlElement product, Line line, Scope scope) {
        boolean prestatie = line == Line.PRESTATIE;
        String categorie = product.valueOrNull(prestatie ? "ProductCategorie" : "Product/Categorie");
        String code = product.valueOrNull(prestatie ? "ProductCode" : "Product/Code");
        String date = product.valueOrNull(line.date);
        if (line == Line.STOP && date == null) {
            date = product.valueOrNull("Begindatum");
        }
        if (categorie == null || date == null) {
            return VariantFacts.UNKNOWN; // a generic allocation has no product: its variant is not in a contract row
        }
        try {
            return contracts.variant(scope, categorie, code, LocalDate.parse(date.trim())).map(Variant::code)
                    .orElse(VariantFacts.UNKNOWN);
        } catch (DateTimeParseException e) {
            return VariantFacts.UNKNOWN;
        }
    }

    private static long signedAmount(XmlElement prestatie) {
        String bedrag = prestatie.valueOrNull("IngediendBedrag/Bedrag");
        if (bedrag == null) {
            return 0;
        }
        long cents = Long.parseLong(bedrag.trim());
        return "C".equals(prestatie.valueOrNull("IngediendBedrag/DebetCredit")) ? -cents : cents;
    }

    /** The counts of one variant while a message is read. */
    private static final class Tally {
        int allocations;
        int starts;
        int stops;
        int declarations;
        int prestaties;
        long declared;
        long approved;
        final Map<String, Integer> rejections = new TreeMap<>();

        VariantTotals totals() {
            return new VariantTotals(allocations, starts, stops, declarations, prestaties, declared, approved,
                    rejections);
        }
    }
}
