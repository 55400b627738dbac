package nl.berichtenbatch.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link MessageSetGenerator#generate} wrote.
 *
 * @param config     {@code application.yml} of the workspace
 * @param identity   the configured identity (gemeentecode or AGB code)
 * @param files      message files written, inbox and outgoing together
 * @param wrong      of which wrong on purpose (see the manifest)
 * @param perMessage files per message, e.g. {@code JW305 → 812}, sorted by message
 * @param first      the Dagtekening of the first file
 * @param last       the Dagtekening of the last file
 */
public record GenerateResult(Path directory, Path config, Path contracts, Path manifest, String identity, int files,
        int inbox, int outgoing, int wrong, Map<String, Integer> perMessage, LocalDate first, LocalDate last,
        Duration elapsed) {

    public GenerateResult {
        perMessage = Collections.unmodifiableMap(new TreeMap<>(perMessage));
    }
}
