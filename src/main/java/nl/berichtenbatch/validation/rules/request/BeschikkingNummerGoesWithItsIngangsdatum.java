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

@RuleSpec(id = "CD043", level = 2, retourcode = "0001", messages = MessageType.VERZOEK_OM_TOEWIJZING,
        summary = "A requested product has a BeschikkingIngangsdatum exactly when it has a BeschikkingNummer.")
final class BeschikkingNummerGoesWithItsIngangsdatum implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement product : context.root().all("Client/AangevraagdeProducten/AangevraagdProduct")) {
            XmlElement nummer = Xml.at(product, "BeschikkingNummer");
            XmlElement ingangsdatum = Xml.at(product, "BeschikkingIngangsdatum");
            if (nummer != null && ingangsdatum == null) {
                findings.at("The AangevraagdProduct has a BeschikkingNummer but no BeschikkingIngangsdatum; both or "
                        + "neither.", nummer);
            } else if (nummer == null && ingangsdatum != null) {
                findings.at("The AangevraagdProduct has a BeschikkingIngangsdatum but no BeschikkingNummer; both or "
                        + "neither.", ingangsdatum);
            }
        }
        return findings.list();
    }
}
