package nl.berichtenbatch.validation.rules.request;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR377", level = 2, retourcode = "0001", messages = MessageType.ANTWOORD,
        summary = "iJw: an answer rejecting for the woonplaatsbeginsel (RedenAfwijzingVerzoek 8) has a "
                + "Woonplaatsbeginsel.",
        assumption = "iJw only: the iWmo 319 has no Woonplaatsbeginsel (validation.md §0.23, §8).")
final class ResidenceRejectionNamesTheGemeente implements Rule {

    static final String WOONPLAATSBEGINSEL = "8";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        if (context.kind().standard() != Standard.IJW) {
            return findings.list();
        }
        XmlElement reden = Xml.at(context.root(), "Antwoord/RedenAfwijzingVerzoek");
        if (reden != null && WOONPLAATSBEGINSEL.equals(reden.text().trim())
                && !Xml.filled(context.root(), "Antwoord/Woonplaatsbeginsel")) {
            findings.at("The request is rejected for the woonplaatsbeginsel (RedenAfwijzingVerzoek 8) without a "
                    + "Woonplaatsbeginsel naming the responsible gemeente.", reden);
        }
        return findings.list();
    }
}
