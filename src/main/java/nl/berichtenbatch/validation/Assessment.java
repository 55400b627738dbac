package nl.berichtenbatch.validation;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The verdict of levels 2-4 on a message (validation.md §2): accepted, rejected at level 2 (0001), rejected in the
 * header, or rejected with codes per class. Warnings are in the findings but never decide.
 *
 * @param level       the level that rejected the message; null when accepted
 * @param headerCodes codes on the header (level 3/4 header rules); empty otherwise
 * @param classCodes  codes per class occurrence (by its element path), for level 3/4 class rules
 */
public record Assessment(Integer level, List<Finding> findings, List<String> headerCodes,
        Map<String, SortedSet<String>> classCodes) {

    public Assessment {
        findings = List.copyOf(findings);
        headerCodes = List.copyOf(headerCodes);
        classCodes = Map.copyOf(classCodes);
    }

    public boolean accepted() {
        return level == null;
    }

    public boolean rejectedAtLevel2() {
        return level != null && level == 2;
    }
}
