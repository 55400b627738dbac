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

@RuleSpec(id = "TR006", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "Every Contact has a Telefoon, or an address with both Huis and Postcode.",
        assumption = "The oracle never shows TR006; the finding is at the Contact.")
final class ContactCanBeReached implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement contact : Contacts.all(context.root())) {
            boolean telefoon = Xml.filled(contact, "Telefoon");
            boolean address = Xml.filled(contact, "Adres/Huis") && Xml.filled(contact, "Adres/Postcode");
            if (!telefoon && !address) {
                findings.at("The contact (Soort " + Xml.text(contact, "Soort") + ") has neither a Telefoon nor an "
                        + "address with Huis and Postcode.", contact);
            }
        }
        return findings.list();
    }
}
