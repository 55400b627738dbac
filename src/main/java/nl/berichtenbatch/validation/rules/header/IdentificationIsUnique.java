package nl.berichtenbatch.validation.rules.header;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR056", level = 3, retourcode = "9056", header = true,
        messages = {MessageType.TOEWIJZING, MessageType.START, MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.VERZOEK_OM_WIJZIGING, MessageType.ANTWOORD, MessageType.DECLARATIE,
            MessageType.DECLARATIE_ANTWOORD},
        summary = "The BerichtIdentificatie is unique per sender and message type.",
        assumption = "Every earlier message that passed level 1 uses up its Identificatie, also when it was rejected "
                + "at level 2 (validation.md §0.19).")
public final class IdentificationIsUnique implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        String identificatie = context.header().identificatie();
        if (!context.history().identificationUsed(context.kind(), context.header().afzender(), identificatie)) {
            return List.of();
        }
        return List.of(finding("/Bericht/Header/BerichtIdentificatie/Identificatie",
                "Identificatie '" + identificatie + "' was already used by " + context.header().afzender() + " for a "
                        + context.kind().name() + "; every message needs its own identification."));
    }
}
