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

@RuleSpec(id = "CS339", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "A Prestatie in euro's (Eenheid 83) has an IngediendBedrag equal to its GeleverdVolume.")
final class EuroAmountEqualsVolume implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement prestatie : context.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie")) {
            XmlElement volume = Xml.at(prestatie, "GeleverdVolume");
            XmlElement bedrag = Xml.at(prestatie, "IngediendBedrag/Bedrag");
            if (Declarations.EUROS.equals(Xml.text(prestatie, "Eenheid")) && volume != null && bedrag != null
                    && Long.parseLong(volume.text().trim()) != Long.parseLong(bedrag.text().trim())) {
                findings.at("The Prestatie is in euro's (Eenheid 83), so IngediendBedrag " + bedrag.text().trim()
                        + " must equal GeleverdVolume " + volume.text().trim() + ".", volume, bedrag);
            }
        }
        return findings.list();
    }
}
