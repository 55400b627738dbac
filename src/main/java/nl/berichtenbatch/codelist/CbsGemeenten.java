package nl.berichtenbatch.codelist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CBS gemeentecodes with the period each was valid (TR378). A code can have several periods; a missing start means
 * "since before any date that matters", a missing end "still valid". Both ends are inclusive.
 */
public final class CbsGemeenten {

    /** One period in which a code named a gemeente. */
    public record Entry(String code, String name, LocalDate validFrom, LocalDate validTo) {

        boolean validOn(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
        }
    }

    private final Map<String, List<Entry>> byCode;

    public CbsGemeenten(List<Entry> entries) {
        this.byCode = entries.stream().collect(Collectors.groupingBy(Entry::code));
    }

    /** Whether the code named a gemeente on the date. */
    public boolean isValid(String code, LocalDate date) {
        return byCode.getOrDefault(code, List.of()).stream().anyMatch(e -> e.validOn(date));
    }

    /** The name of a code, whenever it was valid. */
    public Optional<String> name(String code) {
        return byCode.getOrDefault(code, List.of()).stream().map(Entry::name).findFirst();
    }

    public int size() {
        return byCode.size();
    }
}
