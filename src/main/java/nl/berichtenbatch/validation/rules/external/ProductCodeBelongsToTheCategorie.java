package nl.berichtenbatch.validation.rules.external;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.codelist.ProductCodes;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR381", level = 4, retourcode = "S329",
        messages = {MessageType.TOEWIJZING, MessageType.START, MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.VERZOEK_OM_WIJZIGING, MessageType.DECLARATIE},
        summary = "A ProductCode belongs to its ProductCategorie in the product code list.",
        assumption = "The national lists JZ21/WMO021 are not in the sources (validation.md §0.18): a category is "
                + "checked only when the list holds its codes (bundled: iWmo 11-13, hulpmiddelen 2022), or when the list "
                + "names the code under another category. Deletions (StatusAanlevering 3) and credits are not checked.",
        data = "product codes per category (codelists/productcodes.csv)")
public final class ProductCodeBelongsToTheCategorie implements Rule {

    private static final String PRODUCT = "Product";

    private final ProductCodes productCodes;

    public ProductCodeBelongsToTheCategorie(ProductCodes productCodes) {
        this.productCodes = productCodes;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        XmlElement root = context.root();
        switch (context.kind().type()) {
            case TOEWIJZING -> products(context, root.all("Client/ToegewezenProducten/ToegewezenProduct"), findings);
            case START -> products(context, newDeliveries(root.all("Client/StartProducten/StartProduct")), findings);
            case STOP -> products(context, newDeliveries(root.all("Client/StopProducten/StopProduct")), findings);
            case VERZOEK_OM_TOEWIJZING -> products(context,
                    root.all("Client/AangevraagdeProducten/AangevraagdProduct"), findings);
            case VERZOEK_OM_WIJZIGING -> products(context, root.all("Client/Verzoek/NieuweProducten/NieuwProduct"),
                    findings);
            case DECLARATIE -> {
                for (XmlElement prestatie : root.all("Declaratie/Clienten/Client/Prestaties/Prestatie")) {
                    if ("D".equals(prestatie.valueOrNull("IngediendBedrag/DebetCredit"))) {
                        check(context, prestatie.path() + "/ProductCode", prestatie.valueOrNull("ProductCategorie"),
                                prestatie.valueOrNull("ProductCode"), findings);
                    }
                }
            }
            default -> {
                // no products
            }
        }
        return findings;
    }

    private static List<XmlElement> newDeliveries(List<XmlElement> products) {
        return products.stream().filter(p -> "1".equals(p.valueOrNull("StatusAanlevering"))).toList();
    }

    private void products(RuleContext context, List<XmlElement> products, List<Finding> findings) {
        for (XmlElement product : products) {
            product.child(PRODUCT).ifPresent(p -> check(context, p.path() + "/Code", p.valueOrNull("Categorie"),
                    p.valueOrNull("Code"), findings));
        }
    }

    private void check(RuleContext context, String location, String categorie, String code, List<Finding> findings) {
        if (categorie != null && code != null && productCodes.conflicts(context.kind().standard(), categorie, code)) {
            findings.add(finding(location, "ProductCode " + code + " does not belong to ProductCategorie " + categorie
                    + " in the product code list."));
        }
    }
}
