package nl.berichtenbatch.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import nl.berichtenbatch.config.ConfigurationException;
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

    /**
     * Compiles the configured stylesheets once. A stylesheet that is missing or does not compile is a configuration
     * error naming its key.
     */
    public static OfficialLevel2 configured(ValidationProperties validation) {
        ValidationProperties.OfficialXslt paths = validation.officialXslt();
        return paths == null ? none() : of(paths.ijw(), paths.iwmo(), (standard, problem) -> new ConfigurationException(
                "berichtenbatch.validation.official-xslt." + standard.id() + ": " + problem));
    }

    /**
     * Compiles the given stylesheets (either may be null); {@code failure} turns the one-line reason why a stylesheet
     * cannot be used into the exception to throw.
     */
    public static OfficialLevel2 of(Path ijw, Path iwmo,
            BiFunction<Standard, String, ? extends RuntimeException> failure) {
        Map<Standard, OfficialXslt> stylesheets = new EnumMap<>(Standard.class);
        Map<Standard, Path> paths = new EnumMap<>(Standard.class);
        if (ijw != null) {
            paths.put(Standard.IJW, ijw);
        }
        if (iwmo != null) {
            paths.put(Standard.IWMO, iwmo);
        }
        paths.forEach((standard, path) -> {
            try {
                stylesheets.put(standard, OfficialXslt.load(path));
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw failure.apply(standard, e.getMessage());
            }
        });
        return new OfficialLevel2(stylesheets);
    }

    /** The stylesheet configured for a standard, if any. */
    public Optional<OfficialXslt> stylesheet(Standard standard) {
        return Optional.ofNullable(stylesheets.get(standard));
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
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : assessment.findings()) {
            // a level-2 rejection stops the assessment (validation.md §2): what levels 3-4 found is not in the answer
            if (!(officialRejects && !nativeRejects && finding.isError())) {
                findings.add(finding);
            }
        }
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
