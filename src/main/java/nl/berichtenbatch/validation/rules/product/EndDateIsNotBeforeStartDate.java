package nl.berichtenbatch.validation.rules.product;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.product.ProductClass.Kind;
import nl.berichtenbatch.validation.rules.support.Dates;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "CS003", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING},
        summary = "An Einddatum is not before the start of its period (equal is allowed): products in 301, 315 and "
                + "317, and contact periods in 301.")
final class EndDateIsNotBeforeStartDate implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement root = context.root();
        for (ProductClass product : ProductClass.of(root, Kind.ALLOCATION, Kind.REQUESTED, Kind.NEW, Kind.TO_CHANGE)) {
            check(findings, product.name(), product.start(), product.end());
        }
        for (XmlElement periode : root.all("Client/Contactgegevens/Contact/Periode")) {
            check(findings, "Contact/Periode", Xml.at(periode, "Begindatum"), Xml.at(periode, "Einddatum"));
        }
        for (XmlElement periode : root.all("Client/Relaties/Relatie/Contact/Periode")) {
            check(findings, "Contact/Periode", Xml.at(periode, "Begindatum"), Xml.at(periode, "Einddatum"));
        }
        return findings.list();
    }

    private static void check(Findings findings, String where, XmlElement start, XmlElement end) {
        if (start != null && end != null && Dates.after(start, end)) {
            findings.at("The " + where + " ends on " + Dates.text(end) + ", before it starts on "
                    + Dates.text(start) + ".", start, end);
        }
    }
}
