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

@RuleSpec(id = "TR409", level = 2, retourcode = "0001", messages = MessageType.ANTWOORD,
        summary = "iJw: an answer with a Woonplaatsbeginsel and a RedenAfwijzingVerzoek rejects for the "
                + "woonplaatsbeginsel (RedenAfwijzingVerzoek 8).",
        assumption = "iJw only: the iWmo 319 has no Woonplaatsbeginsel (validation.md §0.23, §8). As the official "
                + "XSLT: a Woonplaatsbeginsel without any RedenAfwijzingVerzoek is not reported (CD085 covers a "
                + "rejection without reason).")
final class WoonplaatsbeginselOnlyWithAResidenceRejection implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        if (context.kind().standard() != Standard.IJW) {
            return findings.list();
        }
        XmlElement woonplaatsbeginsel = Xml.at(context.root(), "Antwoord/Woonplaatsbeginsel");
        XmlElement reden = Xml.at(context.root(), "Antwoord/RedenAfwijzingVerzoek");
        if (woonplaatsbeginsel != null && reden != null
                && !ResidenceRejectionNamesTheGemeente.WOONPLAATSBEGINSEL.equals(reden.text().trim())) {
            findings.at("The answer has a Woonplaatsbeginsel but RedenAfwijzingVerzoek " + reden.text().trim()
                    + "; only a rejection for the woonplaatsbeginsel (8) has one.", reden, woonplaatsbeginsel);
        }
        return findings.list();
    }
}
