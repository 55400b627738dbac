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

@RuleSpec(id = "CD068", level = 2, retourcode = "0001", messages = MessageType.VERZOEK_OM_TOEWIJZING,
        summary = "Only a Verwijzer of type 02-05 (huisarts, jeugdarts, gecertificeerde instelling, medisch "
                + "specialist) has a ZorgverlenerCode.")
final class OnlyAHealthcareReferrerHasACode implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement verwijzer : Referrers.all(context.root())) {
            XmlElement code = Xml.at(verwijzer, "ZorgverlenerCode");
            if (code != null && !Referrers.hasACodeType(verwijzer)) {
                findings.at("The Verwijzer is of type " + Xml.text(verwijzer, "Type") + ", which has no "
                        + "ZorgverlenerCode; only types 02-05 have one.", Xml.at(verwijzer, "Type"), code);
            }
        }
        return findings.list();
    }
}
