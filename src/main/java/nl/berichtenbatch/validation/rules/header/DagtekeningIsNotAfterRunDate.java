package nl.berichtenbatch.validation.rules.header;

import java.time.LocalDate;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR135", level = 4, retourcode = "8848", header = true,
        messages = {MessageType.TOEWIJZING, MessageType.START, MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.VERZOEK_OM_WIJZIGING, MessageType.ANTWOORD, MessageType.DECLARATIE,
            MessageType.DECLARATIE_ANTWOORD},
        summary = "The Dagtekening of the message is not after the receiver's system date.",
        assumption = "The system date is the run date of the batch.",
        data = "the receiver's system date (the run date)")
public final class DagtekeningIsNotAfterRunDate implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        LocalDate dagtekening = LocalDate.parse(context.header().dagtekening());
        if (!dagtekening.isAfter(context.runDate())) {
            return List.of();
        }
        return List.of(finding("/Bericht/Header/BerichtIdentificatie/Dagtekening",
                "Dagtekening " + dagtekening + " is after the processing date " + context.runDate() + "."));
    }
}
