package nl.berichtenbatch.contract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import nl.berichtenbatch.state.Scope;

/**
 * What the contracts between a gemeente and an aanbieder say about a product (design.md 4.5), as far as the rules of
 * the standard need it: the tariff (TR418, TR346) and the units (TR341 for aspecific and generic allocations). Without
 * a contracts file nothing is known and the rules that need it do not run.
 */
public interface Contracts {

    /** Whether a contracts file is configured; when not, every question below has no answer. */
    boolean configured();

    /** The contracted tariff of a product for the pair, valid on a date. */
    Optional<Tariff> tariff(Scope scope, String categorie, String productCode, LocalDate date);

    /** The units contracted for a product for the pair on a date; empty when the contracts do not name the product. */
    Set<String> units(Scope scope, String categorie, String productCode, LocalDate date);

    /** No contracts file: nothing is known. */
    Contracts NONE = new Contracts() {
        @Override
        public boolean configured() {
            return false;
        }

        @Override
        public Optional<Tariff> tariff(Scope scope, String categorie, String productCode, LocalDate date) {
            return Optional.empty();
        }

        @Override
        public Set<String> units(Scope scope, String categorie, String productCode, LocalDate date) {
            return Set.of();
        }
    };
}
