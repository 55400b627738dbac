package nl.berichtenbatch.validation.rules.allocation;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR332", level = 3, retourcode = "9332", messages = MessageType.TOEWIJZING,
        summary = "A ToewijzingNummer belongs to one client: the gemeente never uses it for another Bsn.",
        assumption = "Not unique = the number was used earlier by the same gemeente in the same domain for a "
                + "different Bsn (validation.md §0.13). Re-sending a number with another Product or Ingangsdatum has "
                + "no code and is not rejected.")
public final class ToewijzingNummerIsUnique implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (XmlElement product : context.root().all("Client/ToegewezenProducten/ToegewezenProduct")) {
            long nummer = Long.parseLong(product.valueOrNull("ToewijzingNummer"));
            if (context.history().allocationNumberUsedForAnotherClient(context.scope(), nummer, context.client())) {
                findings.add(finding(product.path() + "/ToewijzingNummer", "ToewijzingNummer " + nummer
                        + " was already used by gemeente " + context.scope().gemeente() + " for another client."));
            }
        }
        return findings;
    }
}
