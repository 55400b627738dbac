package nl.berichtenbatch.validation.rules.contact;

import java.util.List;
import java.util.regex.Pattern;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "CS089", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "With LandCode NL, the Postcode has the Dutch format: four digits (not starting with 0) and two "
                + "letters, without a space.",
        assumption = "As the official XSLT: an address with LandCode NL and no Postcode fails too.")
final class DutchPostcodeHasTheDutchFormat implements Rule {

    private static final Pattern DUTCH_POSTCODE = Pattern.compile("[1-9][0-9]{3}[a-zA-Z]{2}");

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement adres : Contacts.addresses(context.root())) {
            XmlElement landCode = Xml.at(adres, "LandCode");
            XmlElement postcode = Xml.at(adres, "Postcode");
            if (landCode == null || !Contacts.NETHERLANDS.equals(landCode.text().trim())) {
                continue;
            }
            if (postcode == null) {
                findings.at("The address has LandCode NL but no Postcode in the Dutch format (like 1234AB).",
                        landCode);
            } else if (!DUTCH_POSTCODE.matcher(postcode.text().trim()).matches()) {
                findings.at("Postcode '" + postcode.text().trim() + "' is not a Dutch postcode (like 1234AB), "
                        + "while LandCode is NL.", landCode, postcode);
            }
        }
        return findings.list();
    }
}
