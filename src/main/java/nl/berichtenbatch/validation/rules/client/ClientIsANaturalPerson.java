package nl.berichtenbatch.validation.rules.client;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "CS318", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "The client's NaamGebruik is not 6 (niet-natuurlijk persoon): a client is a natural person.",
        assumption = "The oracle never shows CS318; the finding is at Client/Naam/NaamGebruik.")
final class ClientIsANaturalPerson implements Rule {

    private static final String NOT_A_NATURAL_PERSON = "6";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement gebruik = Xml.at(context.root(), "Client/Naam/NaamGebruik");
        if (gebruik != null && NOT_A_NATURAL_PERSON.equals(gebruik.text().trim())) {
            findings.at("The client's NaamGebruik is 6 (niet-natuurlijk persoon); a client is always a natural "
                    + "person.", gebruik);
        }
        return findings.list();
    }
}
