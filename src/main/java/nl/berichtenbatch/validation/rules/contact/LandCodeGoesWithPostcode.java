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

@RuleSpec(id = "CD005", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "An address has a LandCode exactly when it has a Postcode.")
final class LandCodeGoesWithPostcode implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement adres : Contacts.addresses(context.root())) {
            XmlElement landCode = Xml.at(adres, "LandCode");
            XmlElement postcode = Xml.at(adres, "Postcode");
            if (landCode != null && postcode == null) {
                findings.at("The address has LandCode " + landCode.text().trim() + " but no Postcode; both or "
                        + "neither.", landCode);
            } else if (landCode == null && postcode != null) {
                findings.at("The address has a Postcode but no LandCode; both or neither.", postcode);
            }
        }
        return findings.list();
    }
}
