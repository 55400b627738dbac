package nl.berichtenbatch.codelist;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.berichtenbatch.message.Standard;

/**
 * The product codes per product category of each standard (TR381). A category with codes in the list is closed: only
 * its listed codes belong to it. A category without codes in the list is open (its codes are agreed between the
 * parties and not known here), except that a code the list names under another category never belongs to it.
 */
public final class ProductCodes {

    /** One product code of a category. */
    public record Entry(Standard standard, String categorie, String code, String description) {
    }

    private final Map<Standard, Map<String, Set<String>>> codesByCategory = new HashMap<>();
    private final Map<Standard, Map<String, Set<String>>> categoriesByCode = new HashMap<>();

    public ProductCodes(List<Entry> entries) {
        for (Entry e : entries) {
            codesByCategory.computeIfAbsent(e.standard(), s -> new HashMap<>())
                    .computeIfAbsent(e.categorie(), c -> new HashSet<>()).add(e.code());
            categoriesByCode.computeIfAbsent(e.standard(), s -> new HashMap<>())
                    .computeIfAbsent(e.code(), c -> new HashSet<>()).add(e.categorie());
        }
    }

    /** Whether the list says the code does not belong to the category; false when the list cannot say. */
    public boolean conflicts(Standard standard, String categorie, String code) {
        Set<String> listed = codesByCategory.getOrDefault(standard, Map.of()).get(categorie);
        if (listed != null) {
            return !listed.contains(code);
        }
        Set<String> categories = categoriesByCode.getOrDefault(standard, Map.of()).get(code);
        return categories != null && !categories.contains(categorie);
    }

    /** The categories whose codes the list knows completely. */
    public Set<String> closedCategories(Standard standard) {
        return codesByCategory.getOrDefault(standard, Map.of()).keySet();
    }
}
