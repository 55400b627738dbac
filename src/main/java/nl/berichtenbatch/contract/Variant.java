package nl.berichtenbatch.contract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three uitvoeringsvarianten (UP026, variants.md), as they are written in the contracts file. */
public enum Variant {
    INSPANNINGSGERICHT, OUTPUTGERICHT, TAAKGERICHT;

    /** The name in the contracts file and the run report, e.g. {@code inspanningsgericht}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Variant> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.code().equals(text)).findFirst();
    }
}
