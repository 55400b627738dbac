package nl.berichtenbatch.validation.rules.request;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR361", level = 3, retourcode = "9361", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "The products of a verzoek om wijziging do not stack: the same product never twice over "
                + "overlapping periods.",
        assumption = "Periods: OngewijzigdProduct = the allocation's; TeWijzigenProduct = from the allocation's "
                + "Ingangsdatum to the requested Einddatum; NieuwProduct = as requested. iWmo: categories 11-14 may "
                + "overlap (validation.md §0.25). Unknown or deleted allocations are left out.")
public final class ChangeRequestProductsDoNotOverlap implements Rule {

    private record Requested(XmlElement element, Stacking.Product product) {
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Requested> products = new ArrayList<>();
        for (ChangeRequest.Reference r : ChangeRequest.unchanged(context)) {
            r.allocation().filter(a -> !a.isDeleted()).ifPresent(a -> products.add(new Requested(r.element(),
                    new Stacking.Product(a.categorie(), a.productCode(), a.ingangsdatum(), a.einddatum()))));
        }
        for (ChangeRequest.Reference r : ChangeRequest.toChange(context)) {
            if (r.allocation().filter(a -> !a.isDeleted()).isPresent()) {
                Allocation a = r.allocation().get();
                products.add(new Requested(r.element(), new Stacking.Product(a.categorie(), a.productCode(),
                        a.ingangsdatum(), Extract.date(r.element(), "Einddatum"))));
            }
        }
        for (XmlElement nieuw : context.root().all(ChangeRequest.NIEUW)) {
            products.add(new Requested(nieuw, new Stacking.Product(nieuw.valueOrNull("Product/Categorie"),
                    nieuw.valueOrNull("Product/Code"), Extract.date(nieuw, "GewensteIngangsdatum"),
                    Extract.date(nieuw, "Einddatum"))));
        }
        Set<XmlElement> involved = new LinkedHashSet<>();
        for (int i = 0; i < products.size(); i++) {
            for (int j = i + 1; j < products.size(); j++) {
                if (Stacking.conflict(context.kind().standard(), products.get(i).product(), products.get(j).product())) {
                    involved.add(products.get(i).element());
                    involved.add(products.get(j).element());
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (XmlElement element : involved) {
            findings.add(finding(element.path(), "This " + element.name() + " overlaps another product of the "
                    + "request that is the same product; the same product may not be requested twice for one period."));
        }
        return findings;
    }
}
