package nl.berichtenbatch.validation.rules.contact;

import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR061", level = 2, retourcode = "0001", messages = MessageType.TOEWIJZING,
        summary = "The client has a Contact with Soort 01 (BRP), 02 (correspondentie) or 03 (verblijf).",
        assumption = "The oracle never shows TR061; the findings are at the Soort of each of the client's contacts.")
final class ClientHasAnAddressToUse implements Rule {

    private static final Set<String> USABLE = Set.of("01", "02", "03");

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        List<XmlElement> soorten = context.root().all("Client/Contactgegevens/Contact/Soort");
        if (soorten.stream().noneMatch(soort -> USABLE.contains(soort.text().trim()))) {
            String text = "The client has no Contact with Soort 01, 02 or 03; only "
                    + soorten.stream().map(s -> s.text().trim()).toList() + ".";
            soorten.forEach(soort -> findings.at(text, soort));
            if (soorten.isEmpty()) {
                findings.at(text, Xml.at(context.root(), "Client"));
            }
        }
        return findings.list();
    }
}
