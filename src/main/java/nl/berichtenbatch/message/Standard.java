package nl.berichtenbatch.message;

import java.util.Arrays;
import java.util.Optional;

/** The two message standards; the name is the one used in namespaces, folders and configuration. */
public enum Standard {

    IJW("ijw", "JW", "iJw"),
    IWMO("iwmo", "WMO", "iWmo");

    private final String id;
    private final String messagePrefix;
    private final String displayName;

    Standard(String id, String messagePrefix, String displayName) {
        this.id = id;
        this.messagePrefix = messagePrefix;
        this.displayName = displayName;
    }

    /** Lower-case name as in namespaces, schema folders and reports: {@code ijw}, {@code iwmo}. */
    public String id() {
        return id;
    }

    /** Prefix of the message names: {@code JW} in JW301, {@code WMO} in WMO301. */
    public String messagePrefix() {
        return messagePrefix;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Standard> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equalsIgnoreCase(id)).findFirst();
    }
}
