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

@RuleSpec(id = "CD007", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "Communicatie/Taal is filled exactly when Communicatie/Vorm is 1 (tolk taal).")
final class TaalOnlyForASpokenLanguageInterpreter implements Rule {

    private static final String INTERPRETER = "1";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement communicatie = Xml.at(context.root(), "Client/Communicatie");
        if (communicatie == null) {
            return findings.list();
        }
        XmlElement vorm = Xml.at(communicatie, "Vorm");
        XmlElement taal = Xml.at(communicatie, "Taal");
        boolean interpreter = vorm != null && INTERPRETER.equals(vorm.text().trim());
        if (interpreter && taal == null) {
            findings.at("Communicatie/Vorm is 1 (tolk taal) but no Taal is given.", vorm);
        } else if (!interpreter && taal != null) {
            findings.at("Taal is given but Communicatie/Vorm is " + (vorm == null ? "absent" : vorm.text().trim())
                    + "; a Taal belongs only to Vorm 1 (tolk taal).", taal, vorm);
        }
        return findings.list();
    }
}
