package nl.berichtenbatch.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the levels validate against.
 *
 * @param schemasDir   optional folder with XSDs ({@code ijw/3.2/*.xsd}, {@code iwmo/3.2/*.xsd}) used instead of
 *                     the bundled schemas, e.g. an official patch release
 * @param officialXslt optional official level-2 XSLT per standard
 */
@ConfigurationProperties("berichtenbatch.validation")
public record ValidationProperties(Path schemasDir, @DefaultValue OfficialXslt officialXslt) {

    /** Paths of the official level-2 XSLTs, when an operator wants them run next to the native rules. */
    public record OfficialXslt(Path ijw, Path iwmo) {
    }
}
