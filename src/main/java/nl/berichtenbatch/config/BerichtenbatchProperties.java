package nl.berichtenbatch.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who we are and where we work.
 *
 * @param role       gemeente or aanbieder
 * @param identities own gemeentecodes (4 digits) or AGB codes (8 digits)
 * @param dataDir    root of the working folders
 * @param contracts  the contracts file; default {@code <data-dir>/contracts.csv}, optional
 */
@ConfigurationProperties("berichtenbatch")
public record BerichtenbatchProperties(Role role, List<String> identities,
        @DefaultValue(BerichtenbatchProperties.DEFAULT_DATA_DIR) Path dataDir, Path contracts) {

    /** The working folders' root when {@code data-dir} is not set. */
    public static final String DEFAULT_DATA_DIR = "./data";

    /** Fails with a one-line message when what {@code process} needs is missing or malformed. */
    public BerichtenbatchProperties requireComplete() {
        if (role == null) {
            throw new ConfigurationException("berichtenbatch.role is required: gemeente or aanbieder");
        }
        if (identities == null || identities.isEmpty()) {
            throw new ConfigurationException("berichtenbatch.identities is required: your own "
                    + (role == Role.GEMEENTE ? "gemeentecode(s) (4 digits)" : "AGB code(s) (8 digits)"));
        }
        String pattern = role == Role.GEMEENTE ? "\\d{4}" : "\\d{8}";
        for (String identity : identities) {
            if (identity == null || !identity.matches(pattern)) {
                throw new ConfigurationException("berichtenbatch.identities: '" + identity + "' is not "
                        + (role == Role.GEMEENTE ? "a gemeentecode (4 digits)" : "an AGB code (8 digits)"));
            }
        }
        return this;
    }
}
