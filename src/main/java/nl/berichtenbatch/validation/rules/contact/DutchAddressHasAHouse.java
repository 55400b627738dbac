package nl.berichtenbatch.validation.rules.contact;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "CD025", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "An address with LandCode NL has a Huis (house number).")
final class DutchAddressHasAHouse implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement adres : Contacts.addresses(context.root())) {
            XmlElement landCode = Xml.at(adres, "LandCode");
            if (landCode != null && Contacts.NETHERLANDS.equals(landCode.text().trim()) && !Xml.filled(adres, "Huis")) {
                findings.at("The address is in the Netherlands (LandCode NL) but has no Huis.", landCode);
            }
        }
        return findings.list();
    }
}
