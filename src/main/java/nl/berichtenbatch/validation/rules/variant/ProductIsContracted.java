package nl.berichtenbatch.validation.rules.variant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "BB103", level = 3,
        messages = {MessageType.TOEWIJZING, MessageType.START, MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.VERZOEK_OM_WIJZIGING, MessageType.DECLARATIE},
        summary = "A product allocated, requested, declared or started without allocation (301, 315, 317 "
                + "NieuwProduct, 323 debit, 305/307 without ToewijzingNummer) is contracted between the gemeente and "
                + "the aanbieder on its date.",
        assumption = "The date is the product's first day (Ingangsdatum, ToewijzingIngangsdatum, "
                + "GewensteIngangsdatum, ProductPeriode/Begindatum, Begindatum). An aspecific product is contracted "
                + "when any row of its category is; generic products, credits and starts or stops with a "
                + "ToewijzingNummer (their allocation was checked) are not looked at. A warning: the standard has no "
                + "code for it.",
        data = "contracts file", variant = true)
final class ProductIsContracted implements Rule {

    private static final String[][] CLASSES = {
        {"Client/ToegewezenProducten/ToegewezenProduct", "Ingangsdatum"},
        {"Client/AangevraagdeProducten/AangevraagdProduct", "ToewijzingIngangsdatum"},
        {"Client/Verzoek/NieuweProducten/NieuwProduct", "GewensteIngangsdatum"},
        {"Client/StartProducten/StartProduct", "Begindatum"},
        {"Client/StopProducten/StopProduct", "Begindatum"}};

    private final Contracts contracts;

    ProductIsContracted(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!contracts.configured()) {
            return findings;
        }
        if (context.kind().type() == MessageType.DECLARATIE) {
            for (XmlElement p : context.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie")) {
                if ("D".equals(p.valueOrNull("IngediendBedrag/DebetCredit"))) {
                    check(context, p, p.valueOrNull("ProductCategorie"), p.valueOrNull("ProductCode"),
                            Extract.date(p, "ProductPeriode/Begindatum"), findings);
                }
            }
            return findings;
        }
        for (String[] names : CLASSES) {
            for (XmlElement product : context.root().all(names[0])) {
                boolean delivery = names[1].equals("Begindatum");
                if (delivery && (product.find("ToewijzingNummer").isPresent()
                        || !"1".equals(product.valueOrNull("StatusAanlevering")))) {
                    continue;
                }
                check(context, product, product.valueOrNull("Product/Categorie"), product.valueOrNull("Product/Code"),
                        Extract.date(product, names[1]), findings);
            }
        }
        return findings;
    }

    private void check(RuleContext context, XmlElement element, String categorie, String code, LocalDate date,
            List<Finding> findings) {
        if (categorie == null || date == null) {
            return;
        }
        boolean contracted = contracts.valid(context.scope(), date).stream().anyMatch(c -> c.categorie()
                .equals(categorie) && (code == null || c.productCode() == null || c.productCode().equals(code)));
        if (!contracted) {
            findings.add(warning(element.path(), "The " + element.name() + " is for " + Agreed.product(categorie, code)
                    + ", which gemeente " + context.scope().gemeente() + " and aanbieder " + context.scope().aanbieder()
                    + " have not contracted on " + date + "."));
        }
    }
}
