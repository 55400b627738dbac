package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "CD087", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "A Prestatie has a ProductTarief exactly when its Eenheid is not 83 (euro's).")
final class ProductTariefUnlessEuros implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement prestatie : Declarations.prestaties(context.root())) {
            XmlElement eenheid = Xml.at(prestatie, "Eenheid");
            XmlElement tarief = Xml.at(prestatie, "ProductTarief");
            boolean euros = Declarations.EUROS.equals(Xml.text(eenheid));
            if (euros && tarief != null) {
                findings.at("The Prestatie is declared in euro's (Eenheid 83) and so has no ProductTarief.", eenheid,
                        tarief);
            } else if (!euros && tarief == null) {
                findings.at("The Prestatie has Eenheid " + Xml.text(eenheid) + " but no ProductTarief.", eenheid);
            }
        }
        return findings.list();
    }
}
