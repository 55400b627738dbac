package nl.berichtenbatch.validation.rules;

import java.time.LocalDate;
import java.util.List;

import nl.berichtenbatch.contract.Contract;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.state.Scope;

/**
 * Contracts from rows, as the contracts file gives them (design.md 4.5): a row applies to its gemeente and aanbieder
 * on the days of its period. The rows of the fixtures are for the iJw pair of processes.md §12 (0384, 42420001) unless
 * a test names another.
 */
public final class TestContracts {

    public static final String GEMEENTE = "0384";
    public static final String AANBIEDER = "42420001";

    private TestContracts() {
    }

    public static Contracts of(Contract... rows) {
        List<Contract> all = List.of(rows);
        return new Contracts() {
            @Override
            public boolean configured() {
                return true;
            }

            @Override
            public List<Contract> valid(Scope scope, LocalDate date) {
                return all.stream().filter(c -> c.gemeente().equals(scope.gemeente())
                        && c.aanbieder().equals(scope.aanbieder()) && c.validOn(date)).toList();
            }
        };
    }

    /** A row of the fixture pair from 2020-01-01 without end; {@code code} null covers the whole category. */
    public static Contract row(int line, String categorie, String code, Variant variant, String eenheid, Long tarief) {
        return row(line, GEMEENTE, AANBIEDER, categorie, code, variant, eenheid, tarief, "2020-01-01", null);
    }

    public static Contract row(int line, String gemeente, String aanbieder, String categorie, String code,
            Variant variant, String eenheid, Long tarief, String ingangsdatum, String einddatum) {
        return new Contract(gemeente, aanbieder, categorie, code, variant, eenheid, tarief,
                LocalDate.parse(ingangsdatum), einddatum == null ? null : LocalDate.parse(einddatum), line);
    }
}
