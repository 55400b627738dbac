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

@RuleSpec(id = "CD060", level = 2, retourcode = "0001",
        messages = {MessageType.DECLARATIE, MessageType.DECLARATIE_ANTWOORD},
        summary = "A Prestatie has a VorigReferentieNummer exactly when it is a credit (DebetCredit C).")
final class VorigReferentieNummerOnlyOnACredit implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement prestatie : Declarations.prestaties(context.root())) {
            XmlElement debetCredit = Xml.at(prestatie, "IngediendBedrag/DebetCredit");
            XmlElement vorig = Xml.at(prestatie, "ProductReferentie/VorigReferentieNummer");
            boolean credit = Declarations.CREDIT.equals(Xml.text(debetCredit));
            if (credit && vorig == null) {
                findings.at("The Prestatie is a credit (C) without a VorigReferentieNummer naming the debit it "
                        + "credits.", debetCredit);
            } else if (!credit && vorig != null) {
                findings.at("The Prestatie is a debit (D) but has VorigReferentieNummer '" + vorig.text().trim()
                        + "'; only a credit refers to an earlier Prestatie.", debetCredit, vorig);
            }
        }
        return findings.list();
    }
}
