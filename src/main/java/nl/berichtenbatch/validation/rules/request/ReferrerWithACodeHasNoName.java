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

@RuleSpec(id = "CD066", level = 2, retourcode = "0001", messages = MessageType.VERZOEK_OM_TOEWIJZING,
        summary = "A Verwijzer of type 02-05 that has a ZorgverlenerCode has no Naam.")
final class ReferrerWithACodeHasNoName implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement verwijzer : Referrers.all(context.root())) {
            XmlElement code = Xml.at(verwijzer, "ZorgverlenerCode");
            XmlElement naam = Xml.at(verwijzer, "Naam");
            if (Referrers.hasACodeType(verwijzer) && code != null && naam != null) {
                findings.at("The Verwijzer (type " + Xml.text(verwijzer, "Type") + ") has a ZorgverlenerCode, so it "
                        + "has no Naam.", naam, Xml.at(verwijzer, "Type"), code);
            }
        }
        return findings.list();
    }
}
