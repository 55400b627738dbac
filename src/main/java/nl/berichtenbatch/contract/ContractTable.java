package nl.berichtenbatch.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.berichtenbatch.state.Scope;

/**
 * The rows of a checked contracts file, indexed by gemeente and aanbieder: what each message asks is one map look-up
 * and a scan of that pair's few rows. Immutable. A row covers both standards, so the Scope's domain is not used.
 */
public final class ContractTable implements Contracts {

    private record Pair(String gemeente, String aanbieder) {
    }

    private final List<Contract> rows;
    private final Map<Pair, List<Contract>> byPair;

    /** The rows in file order. */
    public ContractTable(List<Contract> rows) {
        this.rows = List.copyOf(rows);
        Map<Pair, List<Contract>> index = new LinkedHashMap<>();
        for (Contract row : this.rows) {
            index.computeIfAbsent(new Pair(row.gemeente(), row.aanbieder()), p -> new ArrayList<>()).add(row);
        }
        index.replaceAll((pair, list) -> List.copyOf(list));
        this.byPair = Map.copyOf(index);
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public List<Contract> valid(Scope scope, LocalDate date) {
        List<Contract> ofPair = byPair.getOrDefault(new Pair(scope.gemeente(), scope.aanbieder()), List.of());
        List<Contract> valid = new ArrayList<>(ofPair.size());
        for (Contract row : ofPair) {
            if (row.validOn(date)) {
                valid.add(row);
            }
        }
        return valid;
    }

    /** Every row, in file order. */
    public List<Contract> rows() {
        return rows;
    }
}
