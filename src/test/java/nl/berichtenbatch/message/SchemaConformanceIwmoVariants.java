package nl.berichtenbatch.message;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Turns an official iJw 3.2 message into the equivalent iWmo 3.2 message, for the iWmo check of
 * {@link SchemaConformanceTests}.
 *
 * <ul>
 * <li>namespaces {@code http://www.istandaarden.nl/ijw/3_2/jwNNN/schema} become
 * {@code http://www.istandaarden.nl/iwmo/3_2/wmoNNN/schema}, and the basisschema namespace likewise;</li>
 * <li>{@code BerichtCode} becomes the iWmo code of the same message (COD002, iWmo list);</li>
 * <li>{@code GezagsdragerBekend} (315/316) and {@code Woonplaatsbeginsel} (319/320) are removed: they do not exist in
 * iWmo;</li>
 * <li>product categories (JZ020 to WMO020) and reden beeindiging (JZ588 to WMO588) are mapped to iWmo codes.</li>
 * </ul>
 */
final class SchemaConformanceIwmoVariants {

    static final String IJW_BASE = "http://www.istandaarden.nl/ijw/3_2/";

    static final String IWMO_BASE = "http://www.istandaarden.nl/iwmo/3_2/";

    /** Elements of iJw that iWmo does not have. */
    static final Set<String> IJW_ONLY_ELEMENTS = Set.of("GezagsdragerBekend", "Woonplaatsbeginsel");

    /**
     * JZ588 codes whose meaning is another WMO588 code. Code 31 exists in both lists with a different meaning (iJw
     * "Levering is volgens plan beeindigd", iWmo "Verhuizing naar een andere gemeente"), so it is mapped by meaning.
     */
    private static final Map<String, String> REDEN_BEEINDIGING_BY_MEANING = Map.of(
            "31", "19", // levering volgens plan beeindigd
            "32", "21", // voortijdig, door client
            "33", "22", // voortijdig, door aanbieder
            "34", "23", // voortijdig, in overleg
            "35", "23"); // voortijdig, externe oorzaak: no own iWmo code

    private final Map<String, String> berichtCodes;

    private final Map<String, String> productCategories;

    private final List<String> redenenBeeindiging;

    private SchemaConformanceIwmoVariants(Map<String, String> berichtCodes, Map<String, String> productCategories,
            List<String> redenenBeeindiging) {
        this.berichtCodes = berichtCodes;
        this.productCategories = productCategories;
        this.redenenBeeindiging = redenenBeeindiging;
    }

    /** Reads the code lists from {@code <reference>/codelists}. */
    static SchemaConformanceIwmoVariants load(Path codelists) {
        Map<String, String> berichtCodes = new LinkedHashMap<>();
        for (String[] row : csv(codelists.resolve("iwmo/COD002_berichtcode.csv"))) {
            berichtCodes.put(row[1].replace("WMO", ""), row[0]); // WMO301 -> 414, in message order
        }
        List<String> ijwCategories = column(codelists.resolve("ijw/JZ020_productcategorie.csv"));
        List<String> iwmoCategories = column(codelists.resolve("iwmo/WMO020_productcategorie.csv"));
        Map<String, String> productCategories = new LinkedHashMap<>();
        for (int i = 0; i < ijwCategories.size(); i++) {
            productCategories.put(ijwCategories.get(i), iwmoCategories.get(i % iwmoCategories.size()));
        }
        return new SchemaConformanceIwmoVariants(berichtCodes, productCategories,
                column(codelists.resolve("iwmo/WMO588_reden_beeindiging.csv")));
    }

    /** The iWmo namespace for an iJw namespace, or null if the namespace is not an iJw one. */
    static String iwmoNamespace(String ijwNamespace) {
        if (ijwNamespace == null || !ijwNamespace.startsWith(IJW_BASE)) {
            return null;
        }
        return IWMO_BASE + ijwNamespace.substring(IJW_BASE.length()).replaceFirst("^jw([0-9]{3})/", "wmo$1/");
    }

    /** True if the element, or one of its ancestors, does not exist in iWmo. */
    static boolean isIjwOnly(Element element) {
        for (org.w3c.dom.Node node = element; node instanceof Element current; node = node.getParentNode()) {
            if (IJW_ONLY_ELEMENTS.contains(current.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Converts an iJw message (possibly mutated) to iWmo, in place.
     *
     * @param message the message number, e.g. {@code 315}
     */
    void convert(Document document, String message) {
        String messageNamespace = document.getDocumentElement().getNamespaceURI();
        for (Element element : SchemaConformanceMutations.elements(document)) {
            if (element.getParentNode() == null) {
                continue; // already removed together with an iJw-only ancestor
            }
            String name = element.getLocalName();
            boolean inMessageNamespace = messageNamespace.equals(element.getNamespaceURI());
            if (inMessageNamespace && IJW_ONLY_ELEMENTS.contains(name)) {
                element.getParentNode().removeChild(element);
            } else if (inMessageNamespace && "BerichtCode".equals(name)) {
                element.setTextContent(berichtCodes.get(message));
            } else if ("Categorie".equals(name) || "ProductCategorie".equals(name)) {
                element.setTextContent(productCategories.getOrDefault(element.getTextContent(),
                        element.getTextContent()));
            } else if ("RedenBeeindiging".equals(name)) {
                String code = element.getTextContent();
                String mapped = REDEN_BEEINDIGING_BY_MEANING.get(code);
                if (mapped == null) {
                    mapped = redenenBeeindiging.contains(code) ? code : redenenBeeindiging.get(0);
                }
                element.setTextContent(mapped);
            }
        }
        SchemaConformanceMutations.renameNamespaces(document, SchemaConformanceIwmoVariants::iwmoNamespace);
    }

    private static List<String> column(Path file) {
        return csv(file).stream().map(row -> row[0]).toList();
    }

    /** Rows without the header; only the first two columns are split off (later ones may contain commas). */
    private static List<String[]> csv(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", 3))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
