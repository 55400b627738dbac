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

@RuleSpec(id = "CD009", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "Only a contact with Soort 04 (tijdelijk verblijfadres) has a Periode.")
final class PeriodeOnlyForATemporaryAddress implements Rule {

    private static final String TEMPORARY = "04";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement contact : Contacts.all(context.root())) {
            XmlElement periode = Xml.at(contact, "Periode");
            XmlElement soort = Xml.at(contact, "Soort");
            if (periode != null && !TEMPORARY.equals(Xml.text(soort))) {
                findings.at("The contact has a Periode but Soort " + Xml.text(soort)
                        + "; only a temporary address (04) has a Periode.", periode, soort);
            }
        }
        return findings.list();
    }
}
