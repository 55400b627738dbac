package nl.berichtenbatch.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the level-4 code lists come from.
 *
 * @param dir optional folder whose {@code cbs-gemeenten.csv} and {@code productcodes.csv} replace the bundled lists
 *            (each file only when present)
 */
@ConfigurationProperties("berichtenbatch.codelists")
public record CodeListProperties(Path dir) {
}
