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

@RuleSpec(id = "CD067", level = 2, retourcode = "0001", messages = MessageType.VERZOEK_OM_TOEWIJZING,
        summary = "A Verwijzer of type 02-05 without a ZorgverlenerCode has a Naam.")
final class ReferrerWithoutACodeHasAName implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement verwijzer : Referrers.all(context.root())) {
            if (Referrers.hasACodeType(verwijzer) && !Xml.filled(verwijzer, "ZorgverlenerCode")
                    && !Xml.filled(verwijzer, "Naam")) {
                findings.at("The Verwijzer (type " + Xml.text(verwijzer, "Type") + ") has no ZorgverlenerCode, so it "
                        + "needs a Naam.", Xml.at(verwijzer, "Type"));
            }
        }
        return findings.list();
    }
}
