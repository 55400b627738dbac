package nl.berichtenbatch.retour;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import nl.berichtenbatch.validation.RetourCode;

/** The general retourcodes that the writer places itself, and the normal form of a list of rule codes. */
final class Codes {

    /** Message rejected on technical grounds: a level-2 error. */
    static final String TECHNICAL_REJECTION = RetourCode.C0001.code();
    /** Class assessed, no remark. */
    static final String NO_REMARK = RetourCode.C0200.code();
    /** Class not assessed. */
    static final String NOT_ASSESSED = RetourCode.C0233.code();
    /** Declaration fully approved (325 only). */
    static final String FULLY_APPROVED = RetourCode.C8001.code();

    private static final Set<String> GENERAL = Set.of(TECHNICAL_REJECTION, NO_REMARK, NOT_ASSESSED, FULLY_APPROVED);

    private Codes() {
    }

    /**
     * The codes of one class in their written form: each once, ascending (validation.md §3.1). Only codes of the
     * WJ001 list are accepted, and not the general ones: the writer decides where those go.
     */
    static List<String> specific(Collection<String> codes, String where) {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException(where + ": at least one retourcode is needed");
        }
        for (String code : codes) {
            if (RetourCode.of(code).isEmpty()) {
                throw new IllegalArgumentException(where + ": '" + code + "' is not a retourcode of the WJ001 list");
            }
            if (GENERAL.contains(code)) {
                throw new IllegalArgumentException(where + ": " + code + " is placed by the writer, not given as a "
                        + "rule's code");
            }
        }
        return codes.stream().distinct().sorted().toList();
    }
}
