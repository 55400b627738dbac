package nl.berichtenbatch.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.berichtenbatch.config.ValidationProperties;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.Standard;

/**
 * The official level-2 XSLT per standard, when the operator configured it: applied next to the native rules. Its
 * Fouten become findings; when it rejects, the answer is 0001 with its XsltVersie; when it and the native rules
 * disagree, a warning says so (a bug report waiting to be filed).
 */
public final class OfficialLevel2 {

    /** The product's own finding for a disagreement between the native rules and the official XSLT. */
    static final String DISAGREEMENT = "BB020";

    private final Map<Standard, OfficialXslt> stylesheets;

    private OfficialLevel2(Map<Standard, OfficialXslt> stylesheets) {
        this.stylesheets = stylesheets;
    }

    public static OfficialLevel2 none() {
        return new OfficialLevel2(Map.of());
    }

    /** Compiles the configured stylesheets once. */
    public static OfficialLevel2 configured(ValidationProperties validation) {
        Map<Standard, OfficialXslt> stylesheets = new EnumMap<>(Standard.class);
        if (validation.officialXslt() != null) {
            if (validation.officialXslt().ijw() != null) {
                stylesheets.put(Standard.IJW, OfficialXslt.load(validation.officialXslt().ijw()));
            }
            if (validation.officialXslt().iwmo() != null) {
                stylesheets.put(Standard.IWMO, OfficialXslt.load(validation.officialXslt().iwmo()));
            }
        }
        return new OfficialLevel2(stylesheets);
    }

    /** The native assessment with the official XSLT's verdict added, when one is configured for the standard. */
    public Assessment combine(MessageRead message, Assessment assessment) {
        OfficialXslt stylesheet = stylesheets.get(message.kind().standard());
        if (stylesheet == null) {
            return assessment;
        }
        List<Finding> official = stylesheet.check(message);
        boolean officialRejects = official.stream().anyMatch(Finding::isError);
        boolean nativeRejects = assessment.rejectedAtLevel2();
        List<Finding> findings = new ArrayList<>(assessment.findings());
        findings.addAll(official);
        if (officialRejects != nativeRejects) {
            findings.add(new Finding(DISAGREEMENT, Severity.WARNING, null, null, "The native level-2 rules "
                    + (nativeRejects ? "reject" : "accept") + " this message and the official XSLT "
                    + stylesheet.version() + (officialRejects ? " rejects" : " accepts") + " it.", 0, 0));
        }
        if (officialRejects || nativeRejects) {
            return new Assessment(2, findings, List.of("0001"), Map.of());
        }
        return new Assessment(assessment.level(), findings, assessment.headerCodes(), assessment.classCodes());
    }

    /** The XsltVersie for a level-2 rejection: the official stylesheet's when configured, otherwise the fallback. */
    public String xsltVersie(Standard standard, String fallback) {
        OfficialXslt stylesheet = stylesheets.get(standard);
        return stylesheet == null || stylesheet.version().isBlank() ? fallback : stylesheet.version();
    }
}
