package nl.berichtenbatch.validation.rules.startstop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;

@RuleSpec(id = "CS058", level = 2, retourcode = "0001", messages = {MessageType.START, MessageType.STOP},
        summary = "StatusAanlevering is 1 (eerste aanlevering) or 3 (verwijderen aanlevering); 2 and 9 are in the "
                + "code list but not allowed.")
final class StatusAanleveringIsNewOrCancel implements Rule {

    private static final Set<String> ALLOWED = Set.of("1", "3");

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        List<XmlElement> statuses = new ArrayList<>(
                context.root().all("Client/StartProducten/StartProduct/StatusAanlevering"));
        statuses.addAll(context.root().all("Client/StopProducten/StopProduct/StatusAanlevering"));
        for (XmlElement status : statuses) {
            if (!ALLOWED.contains(status.text().trim())) {
                findings.at("StatusAanlevering " + status.text().trim() + " is not allowed; use 1 (eerste "
                        + "aanlevering) or 3 (verwijderen aanlevering).", status);
            }
        }
        return findings.list();
    }
}
