package nl.berichtenbatch.validation.rules.client;

import java.util.ArrayList;
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

@RuleSpec(id = "CS050", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "With a Partnernaam, NaamGebruik is 1, 2, 3 or 4; without one, it is 1 or 6.")
final class NaamGebruikFitsPartnernaam implements Rule {

    private static final Set<String> WITH_PARTNER = Set.of("1", "2", "3", "4");
    private static final Set<String> WITHOUT_PARTNER = Set.of("1", "6");

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        List<XmlElement> names = new ArrayList<>(context.root().all("Client/Naam"));
        names.addAll(context.root().all("Client/Relaties/Relatie/Naam"));
        for (XmlElement naam : names) {
            XmlElement gebruik = Xml.at(naam, "NaamGebruik");
            XmlElement partnernaam = Xml.at(naam, "Partnernaam");
            if (gebruik == null) {
                continue;
            }
            String value = gebruik.text().trim();
            if (partnernaam != null && !WITH_PARTNER.contains(value)) {
                findings.at("NaamGebruik " + value + " does not fit a name with a Partnernaam (allowed: 1, 2, 3 or 4).",
                        gebruik, partnernaam);
            } else if (partnernaam == null && !WITHOUT_PARTNER.contains(value)) {
                findings.at("NaamGebruik " + value + " needs a Partnernaam; without one only 1 or 6 is allowed.",
                        gebruik);
            }
        }
        return findings.list();
    }
}
