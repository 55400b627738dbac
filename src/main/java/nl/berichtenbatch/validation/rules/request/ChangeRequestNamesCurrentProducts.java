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

@RuleSpec(id = "TR352", level = 2, retourcode = "0001", messages = MessageType.VERZOEK_OM_WIJZIGING,
        summary = "A request for change has at least one OngewijzigdProduct or TeWijzigenProduct.")
final class ChangeRequestNamesCurrentProducts implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement verzoek = Xml.at(context.root(), "Client/Verzoek");
        if (verzoek != null && !Xml.filled(verzoek, "OngewijzigdeProducten/OngewijzigdProduct")
                && !Xml.filled(verzoek, "TeWijzigenProducten/TeWijzigenProduct")) {
            findings.at("The Verzoek names no current allocation: it has neither an OngewijzigdProduct nor a "
                    + "TeWijzigenProduct.", verzoek);
        }
        return findings.list();
    }
}
