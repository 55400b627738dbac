package nl.berichtenbatch.validation.rules.product;

import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.rules.support.Dates;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

/**
 * TR302, TR386 and TR410: two products of one message that are "the same product" (validation.md §4) may not have
 * overlapping periods. Periods are closed; a missing end is open.
 */
final class Overlaps {

    /** iWmo: aids (hulpmiddelen) may be stacked, also at category level (validation.md §8, §0.25). */
    private static final Set<String> IWMO_AIDS = Set.of("11", "12", "13", "14");

    private Overlaps() {
    }

    static void check(List<ProductClass> products, Standard standard, Findings findings) {
        for (int i = 0; i < products.size(); i++) {
            for (int j = i + 1; j < products.size(); j++) {
                ProductClass a = products.get(i);
                ProductClass b = products.get(j);
                if (sameProduct(a, b, standard) && overlap(a, b)) {
                    findings.at("This " + a.name() + " (" + describe(a) + ") and another one (" + describe(b)
                            + ") are the same product with overlapping periods.", a.element(), b.element());
                }
            }
        }
    }

    static boolean sameProduct(ProductClass a, ProductClass b, Standard standard) {
        String categorieA = a.at("Product") == null ? null : Xml.text(a.element(), "Product/Categorie");
        String categorieB = b.at("Product") == null ? null : Xml.text(b.element(), "Product/Categorie");
        if (standard == Standard.IWMO && (isAid(categorieA) || isAid(categorieB))
                && (categorieA == null || categorieB == null || isAid(categorieA) && isAid(categorieB))) {
            return false;
        }
        if (categorieA == null || categorieB == null) {
            return true;
        }
        String codeA = Xml.text(a.element(), "Product/Code");
        String codeB = Xml.text(b.element(), "Product/Code");
        if (codeA == null || codeB == null) {
            return categorieA.equals(categorieB);
        }
        return categorieA.equals(categorieB) && codeA.equals(codeB);
    }

    private static boolean isAid(String categorie) {
        return categorie != null && IWMO_AIDS.contains(categorie);
    }

    static boolean overlap(ProductClass a, ProductClass b) {
        XmlElement endA = a.end();
        XmlElement endB = b.end();
        int startA = Dates.number(a.start());
        int startB = Dates.number(b.start());
        return (endB == null || startA <= Dates.number(endB)) && (endA == null || startB <= Dates.number(endA));
    }

    private static String describe(ProductClass product) {
        String categorie = Xml.text(product.element(), "Product/Categorie");
        String code = Xml.text(product.element(), "Product/Code");
        String what = categorie == null ? "generic" : code == null ? "categorie " + categorie : "product " + code;
        XmlElement end = product.end();
        return what + ", " + Dates.text(product.start()) + " to " + (end == null ? "open end" : Dates.text(end));
    }
}
