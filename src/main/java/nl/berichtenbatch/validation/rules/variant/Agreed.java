package nl.berichtenbatch.validation.rules.variant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.berichtenbatch.contract.Contract;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.state.Scope;

/**
 * The variant the contracts give a product of a message on a date, with the rows that say so. A specific product
 * takes its own row (or its category's); an aspecific product its category's row, or else the rows of its category
 * when they all agree; a generic product the rows of the pair when they all agree.
 */
record Agreed(Variant variant, List<Contract> rows) {

    static Optional<Agreed> of(Contracts contracts, Scope scope, String categorie, String code, LocalDate date) {
        if (!contracts.configured() || date == null) {
            return Optional.empty();
        }
        List<Contract> rows;
        if (categorie != null) {
            Optional<Contract> own = contracts.contract(scope, categorie, code, date);
            if (own.isPresent()) {
                return Optional.of(new Agreed(own.get().variant(), List.of(own.get())));
            }
            if (code != null) {
                return Optional.empty();
            }
            rows = contracts.valid(scope, date).stream().filter(c -> c.categorie().equals(categorie)).toList();
        } else {
            rows = contracts.valid(scope, date);
        }
        List<Variant> variants = rows.stream().map(Contract::variant).distinct().toList();
        return variants.size() == 1 ? Optional.of(new Agreed(variants.get(0), rows)) : Optional.empty();
    }

    /** The contract, as a text names it: e.g. {@code the inspanningsgericht contract (line 3)}. */
    String describe() {
        String lines = rows.stream().map(c -> String.valueOf(c.line())).collect(Collectors.joining(", "));
        return "the " + variant.code() + " contract (" + (rows.size() == 1 ? "line " : "lines ") + lines + ")";
    }

    /** The single row that decides, for its unit and tariff; null when several rows agree on the variant only. */
    Contract row() {
        return rows.size() == 1 ? rows.get(0) : null;
    }

    static String product(String categorie, String code) {
        return categorie == null ? "generic product" : code == null ? "category " + categorie + " (aspecific)"
                : categorie + "/" + code;
    }
}
