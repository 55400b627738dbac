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

@RuleSpec(id = "TR315", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "No two Prestaties of a 323 have the same VorigReferentieNummer: a debit is credited once.")
final class CreditsReferToDifferentDebits implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        List<XmlElement> vorige = context.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie/"
                + "ProductReferentie/VorigReferentieNummer");
        for (int i = 0; i < vorige.size(); i++) {
            for (int j = i + 1; j < vorige.size(); j++) {
                String value = Xml.text(vorige.get(i));
                if (value.equals(Xml.text(vorige.get(j)))) {
                    findings.at("VorigReferentieNummer '" + value + "' is credited by more than one Prestatie.",
                            vorige.get(i), vorige.get(j));
                }
            }
        }
        return findings.list();
    }
}
