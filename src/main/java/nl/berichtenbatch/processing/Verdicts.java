package nl.berichtenbatch.processing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.retour.DeclaratieVerdict;
import nl.berichtenbatch.retour.RetourVerdict;
import nl.berichtenbatch.validation.Assessment;
import nl.berichtenbatch.validation.Outcome;

/** From the rules' assessment to what the answer says (validation.md §3), and to the outcome in the report. */
public final class Verdicts {

    private Verdicts() {
    }

    /** The retour of a heenbericht: outcome A, B, C or D of validation.md §3.1. */
    public static RetourVerdict retour(Assessment assessment) {
        if (assessment.accepted()) {
            return RetourVerdict.accepted();
        }
        if (assessment.rejectedAtLevel2()) {
            return RetourVerdict.rejectedAtLevel2();
        }
        if (rejectedInHeader(assessment)) {
            return RetourVerdict.rejectedInHeader(assessment.headerCodes());
        }
        Map<String, List<String>> codes = new LinkedHashMap<>();
        assessment.classCodes().forEach((path, set) -> codes.put(path, List.copyOf(set)));
        return RetourVerdict.rejectedInClasses(codes, Set.of());
    }

    /** The 325 of a 323 (validation.md §3.3). */
    public static DeclaratieVerdict declaratie(Assessment assessment, XmlElement root) {
        if (assessment.accepted()) {
            return DeclaratieVerdict.approved();
        }
        if (assessment.rejectedAtLevel2()) {
            return DeclaratieVerdict.rejectedAtLevel2();
        }
        if (rejectedInHeader(assessment)) {
            return DeclaratieVerdict.rejectedInHeader(assessment.headerCodes());
        }
        String declaratie = root.find("Declaratie").orElseThrow().path();
        Map<String, List<String>> clients = new LinkedHashMap<>();
        Map<String, List<String>> prestaties = new LinkedHashMap<>();
        for (var entry : assessment.classCodes().entrySet()) {
            List<String> codes = List.copyOf(entry.getValue());
            if (entry.getKey().equals(declaratie)) {
                return DeclaratieVerdict.rejectedInDeclaratie(codes);
            }
            (entry.getKey().contains("/Prestatie") ? prestaties : clients).put(entry.getKey(), codes);
        }
        return DeclaratieVerdict.rejectedBelowDeclaratie(clients, prestaties);
    }

    /**
     * Whether the answer is a header-only rejection: codes on the header, or no class to put codes on. A class rule
     * that finds an error outside every class gives a header code beside the class codes; the answer cannot carry
     * both (validation.md §3.1), and the header code, which rejects the whole message, must not be lost.
     */
    private static boolean rejectedInHeader(Assessment assessment) {
        return !assessment.headerCodes().isEmpty() || assessment.classCodes().isEmpty();
    }

    /** ACCEPTED, PARTIAL or REJECTED for a 323, by how many prestaties the 325 approves. */
    public static Outcome declaratieOutcome(DeclaratieVerdict verdict, int approved) {
        return verdict.isFullyApproved() ? Outcome.ACCEPTED : approved == 0 ? Outcome.REJECTED : Outcome.PARTIAL;
    }
}
