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

@RuleSpec(id = "TR353", level = 2, retourcode = "0001", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "A request for change has at least one TeWijzigenProduct or NieuwProduct.")
final class ChangeRequestAsksForAChange implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement verzoek = Xml.at(context.root(), "Client/Verzoek");
        if (verzoek != null && !Xml.filled(verzoek, "TeWijzigenProducten/TeWijzigenProduct")
                && !Xml.filled(verzoek, "NieuweProducten/NieuwProduct")) {
            findings.at("The Verzoek asks for no change: it has neither a TeWijzigenProduct nor a NieuwProduct.",
                    verzoek);
        }
        return findings.list();
    }
}
