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

@RuleSpec(id = "CD086", level = 2, retourcode = "0001", messages = MessageType.ANTWOORD,
        summary = "An answer that puts the request under investigation (VerzoekAntwoord 2) has no "
                + "RedenAfwijzingVerzoek.")
final class InvestigationHasNoRejectionReason implements Rule {

    private static final String UNDER_INVESTIGATION = "2";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement antwoord = Xml.at(context.root(), "Antwoord/VerzoekAntwoord");
        XmlElement reden = Xml.at(context.root(), "Antwoord/RedenAfwijzingVerzoek");
        if (antwoord != null && UNDER_INVESTIGATION.equals(antwoord.text().trim()) && reden != null) {
            findings.at("The request is under investigation (VerzoekAntwoord 2) but has RedenAfwijzingVerzoek "
                    + reden.text().trim() + "; only a rejection has a reason.", reden, antwoord);
        }
        return findings.list();
    }
}
