package nl.berichtenbatch.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.berichtenbatch.config.ConfigurationException;
import nl.berichtenbatch.state.Scope;

/**
 * What the contracts between a gemeente and an aanbieder say about a product (design.md 4.5): its variant, unit and
 * tariff. Without a contracts file nothing is known and the rules that need it do not run.
 */
public interface Contracts {

    /** Whether a contracts file is configured; when not, every question below has no answer. */
    boolean configured();

    /**
     * Why the configured contracts file cannot be used (bad rows, missing, unreadable), when it cannot: a run must not
     * start then. Commands that process nothing (jobs, audit, report) work with such a file.
     */
    default Optional<String> problem() {
        return Optional.empty();
    }

    /** Throws the {@link #problem()}, if there is one: the run checks this before it claims anything. */
    default void requireUsable() {
        problem().ifPresent(reason -> {
            throw new ConfigurationException(reason);
        });
    }

    /**
     * The contracts of the pair valid on a date, in file order. The standard's domain is not part of a contract: a
     * row applies to iJw and iWmo messages of the pair alike.
     */
    List<Contract> valid(Scope scope, LocalDate date);

    /**
     * The contract for a product of the pair on a date: a row naming the product code wins over a row for its whole
     * category. With a null productCode (an aspecific product) only a row for the whole category matches.
     */
    default Optional<Contract> contract(Scope scope, String categorie, String productCode, LocalDate date) {
        Contract wholeCategory = null;
        for (Contract c : valid(scope, date)) {
            if (!c.categorie().equals(categorie)) {
                continue;
            }
            if (c.productCode() == null) {
                wholeCategory = wholeCategory == null ? c : wholeCategory;
            } else if (c.productCode().equals(productCode)) {
                return Optional.of(c);
            }
        }
        return Optional.ofNullable(wholeCategory);
    }

    /** The contract's variant for a product on a date. */
    default Optional<Variant> variant(Scope scope, String categorie, String productCode, LocalDate date) {
        return contract(scope, categorie, productCode, date).map(Contract::variant);
    }

    /** The contracted tariff of a product for the pair, valid on a date. */
    default Optional<Tariff> tariff(Scope scope, String categorie, String productCode, LocalDate date) {
        return contract(scope, categorie, productCode, date).map(Contract::tariff);
    }

    /**
     * The units contracted for a product for the pair on a date; with a null productCode every unit contracted in the
     * category; empty when the contracts do not name the product. As in {@link #contract}, rows naming the product
     * code win over rows for its whole category. A contract per hour also covers minutes (variants.md §5).
     */
    default Set<String> units(Scope scope, String categorie, String productCode, LocalDate date) {
        List<Contract> inCategory = valid(scope, date).stream().filter(c -> c.categorie().equals(categorie)).toList();
        boolean named = productCode != null && inCategory.stream().anyMatch(c -> productCode.equals(c.productCode()));
        Set<String> units = inCategory.stream()
                .filter(c -> productCode == null
                        || (named ? productCode.equals(c.productCode()) : c.productCode() == null))
                .map(Contract::eenheid)
                .collect(Collectors.toCollection(TreeSet::new));
        if (units.contains(Tariff.HOUR)) {
            units.add(Tariff.MINUTE);
        }
        return units;
    }

    /** No contracts file: nothing is known. */
    Contracts NONE = new Contracts() {
        @Override
        public boolean configured() {
            return false;
        }

        @Override
        public List<Contract> valid(Scope scope, LocalDate date) {
            return List.of();
        }
    };

    /**
     * A configured contracts file that cannot be used: every question fails with the reason, and so does
     * {@link #requireUsable()}, which the run checks before it claims anything.
     */
    static Contracts unusable(String reason) {
        return new Contracts() {
            @Override
            public boolean configured() {
                throw new ConfigurationException(reason);
            }

            @Override
            public Optional<String> problem() {
                return Optional.of(reason);
            }

            @Override
            public List<Contract> valid(Scope scope, LocalDate date) {
                throw new ConfigurationException(reason);
            }
        };
    }
}
