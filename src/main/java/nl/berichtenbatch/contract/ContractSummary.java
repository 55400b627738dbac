package nl.berichtenbatch.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a contracts file covers, per group of rows (a variant, an aanbieder): for {@code contracts check}.
 *
 * @param name      the variant or the AGB code
 * @param rows      the number of rows
 * @param products  distinct products (a whole-category row counts as a product of its own)
 * @param gemeenten distinct gemeenten
 * @param from      the earliest ingangsdatum; null without rows
 * @param to        the latest einddatum; null when a row is open-ended or without rows
 */
public record ContractSummary(String name, int rows, int products, int gemeenten, LocalDate from, LocalDate to) {

    /** One line per variant, all three in their order, also those without rows. */
    public static List<ContractSummary> byVariant(List<Contract> contracts) {
        return Arrays.stream(Variant.values())
                .map(v -> of(v.code(), contracts.stream().filter(c -> c.variant() == v).toList())).toList();
    }

    /** One line per aanbieder, in the order of their codes. */
    public static List<ContractSummary> byAanbieder(List<Contract> contracts) {
        return grouped(contracts, Contract::aanbieder);
    }

    private static List<ContractSummary> grouped(List<Contract> contracts, Function<Contract, String> key) {
        TreeMap<String, List<Contract>> groups = new TreeMap<>();
        contracts.forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return groups.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
    }

    private static ContractSummary of(String name, List<Contract> rows) {
        Set<String> products = new HashSet<>();
        Set<String> gemeenten = new HashSet<>();
        LocalDate from = null;
        LocalDate to = null;
        boolean open = false;
        for (Contract c : rows) {
            products.add(c.categorie() + "/" + (c.productCode() == null ? "" : c.productCode()));
            gemeenten.add(c.gemeente());
            from = from == null || c.ingangsdatum().isBefore(from) ? c.ingangsdatum() : from;
            open |= c.einddatum() == null;
            to = c.einddatum() != null && (to == null || c.einddatum().isAfter(to)) ? c.einddatum() : to;
        }
        return new ContractSummary(name, rows.size(), products.size(), gemeenten.size(), from, open ? null : to);
    }

    /** The period covered, e.g. {@code 2026-01-01 … open}; {@code -} without rows. */
    public String period() {
        return rows == 0 ? "-" : from + " … " + (to == null ? "open" : to.toString());
    }
}
