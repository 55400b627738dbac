package nl.berichtenbatch.validation.rules.variant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.RuleContext;

/**
 * A product class of a 301, 315 or 317 with what decides its row in the allocation tables (variants.md §2): Product,
 * Budget, Omvang and whether an Einddatum is given. A TeWijzigenProduct does not repeat its product: it is the product
 * of the allocation it changes (§2.3), and without that allocation in the history it is left out.
 *
 * @param start the first day of the product (Ingangsdatum, ToewijzingIngangsdatum or GewensteIngangsdatum): the date
 *              its contract is looked up on
 */
record Allocated(XmlElement element, String categorie, String code, LocalDate start, boolean einddatum,
        boolean budget, String eenheid, String frequentie) {

    private static final String[][] CLASSES = {
        {"Client/ToegewezenProducten/ToegewezenProduct", "Ingangsdatum", "Einddatum"},
        {"Client/AangevraagdeProducten/AangevraagdProduct", "ToewijzingIngangsdatum", "ToewijzingEinddatum"},
        {"Client/Verzoek/NieuweProducten/NieuwProduct", "GewensteIngangsdatum", "Einddatum"},
        {"Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct", "GewensteIngangsdatum", "Einddatum"}};

    static List<Allocated> of(RuleContext context) {
        List<Allocated> found = new ArrayList<>();
        for (String[] names : CLASSES) {
            for (XmlElement element : context.root().all(names[0])) {
                String categorie = element.valueOrNull("Product/Categorie");
                String code = element.valueOrNull("Product/Code");
                if (element.name().equals("TeWijzigenProduct")) {
                    Long nummer = Extract.number(element, "ToewijzingNummer");
                    Optional<Allocation> changed = nummer == null ? Optional.empty()
                            : context.history().currentAllocation(context.scope(), nummer);
                    if (changed.isEmpty()) {
                        continue;
                    }
                    categorie = changed.get().categorie();
                    code = changed.get().productCode();
                }
                found.add(new Allocated(element, categorie, code, Extract.date(element, names[1]),
                        element.find(names[2]).isPresent(), element.find("Budget").isPresent(),
                        element.valueOrNull("Omvang/Eenheid"), element.valueOrNull("Omvang/Frequentie")));
            }
        }
        return found;
    }

    boolean specific() {
        return categorie != null && code != null;
    }

    boolean generic() {
        return categorie == null;
    }

    boolean omvang() {
        return eenheid != null;
    }

    String product() {
        return Agreed.product(categorie, code);
    }

    /** The element a finding about the Omvang points at, or the class itself. */
    String at(String child) {
        return element.find(child).map(XmlElement::path).orElse(element.path());
    }
}
