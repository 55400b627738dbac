package nl.berichtenbatch.validation.rules.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import nl.berichtenbatch.message.Standard;

/** Product identity and overlap for stacking (validation.md §4, TR361): when two products may not overlap. */
final class Stacking {

    /** iWmo hulpmiddelen: products of these categories may overlap (validation.md §8). */
    private static final Set<String> AIDS = Set.of("11", "12", "13", "14");

    /** A product over a period; categorie null = generic (no Product), code null = aspecific. */
    record Product(String categorie, String code, LocalDate begin, LocalDate end) {
    }

    private Stacking() {
    }

    /** The same product over overlapping periods: what TR361 forbids. */
    static boolean conflict(Standard standard, Product a, Product b) {
        return sameProduct(standard, a, b) && overlap(a, b);
    }

    static boolean sameProduct(Standard standard, Product a, Product b) {
        boolean iwmo = standard == Standard.IWMO;
        if (a.categorie() == null || b.categorie() == null) {
            String other = a.categorie() == null ? b.categorie() : a.categorie();
            return !(iwmo && other != null && AIDS.contains(other));
        }
        if (iwmo && AIDS.contains(a.categorie()) && AIDS.contains(b.categorie())) {
            return false;
        }
        if (a.code() == null || b.code() == null) {
            return a.categorie().equals(b.categorie());
        }
        return a.categorie().equals(b.categorie()) && Objects.equals(a.code(), b.code());
    }

    /** Closed periods [begin, end]; an empty end is open. */
    static boolean overlap(Product a, Product b) {
        return (b.end() == null || !a.begin().isAfter(b.end())) && (a.end() == null || !b.begin().isAfter(a.end()));
    }
}
