package nl.berichtenbatch.validation.rules.contact;

import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "CD034", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "A contact with Soort 01 (BRP-adres) or 03 (verblijfadres) has an address with a Postcode.",
        assumption = "The source writes the address types as 1 and 3; the code list has 01 and 03 (validation.md "
                + "§0.30).")
final class ResidentialAddressHasAPostcode implements Rule {

    private static final Set<String> RESIDENTIAL = Set.of("01", "03");

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement contact : Contacts.all(context.root())) {
            XmlElement soort = Xml.at(contact, "Soort");
            if (soort != null && RESIDENTIAL.contains(soort.text().trim())
                    && !Xml.filled(contact, "Adres/Postcode")) {
                findings.at("The contact has Soort " + soort.text().trim() + " (a BRP or residence address) but no "
                        + "Postcode.", soort);
            }
        }
        return findings.list();
    }
}
