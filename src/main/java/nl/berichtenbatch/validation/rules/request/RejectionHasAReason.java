package nl.berichtenbatch.validation.rules.request;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "CD085", level = 2, retourcode = "0001", messages = MessageType.ANTWOORD,
        summary = "An answer that rejects the request (VerzoekAntwoord 1) has a RedenAfwijzingVerzoek.")
final class RejectionHasAReason implements Rule {

    static final String REJECTED = "1";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement antwoord = Xml.at(context.root(), "Antwoord/VerzoekAntwoord");
        if (antwoord != null && REJECTED.equals(antwoord.text().trim())
                && !Xml.filled(context.root(), "Antwoord/RedenAfwijzingVerzoek")) {
            findings.at("The request is rejected (VerzoekAntwoord 1) without a RedenAfwijzingVerzoek.", antwoord);
        }
        return findings.list();
    }
}
