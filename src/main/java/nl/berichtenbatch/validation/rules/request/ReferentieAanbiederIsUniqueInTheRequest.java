package nl.berichtenbatch.validation.rules.request;

import java.util.List;
import java.util.Objects;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR383", level = 2, retourcode = "0001", messages = MessageType.VERZOEK_OM_TOEWIJZING,
        summary = "Every AangevraagdProduct of a 315 has its own ReferentieAanbieder.",
        assumption = "As the official XSLT: the finding is at each ReferentieAanbieder that a later AangevraagdProduct "
                + "repeats, not at the last one.")
final class ReferentieAanbiederIsUniqueInTheRequest implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        List<XmlElement> products = context.root().all("Client/AangevraagdeProducten/AangevraagdProduct");
        for (int i = 0; i < products.size(); i++) {
            XmlElement referentie = Xml.at(products.get(i), "ReferentieAanbieder");
            String value = Xml.text(referentie);
            boolean repeated = products.subList(i + 1, products.size()).stream()
                    .anyMatch(later -> Objects.equals(value, Xml.text(later, "ReferentieAanbieder")));
            if (repeated) {
                findings.at("ReferentieAanbieder '" + value + "' is used by more than one AangevraagdProduct.",
                        referentie);
            }
        }
        return findings.list();
    }
}
