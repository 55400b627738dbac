package nl.berichtenbatch.validation.rules.wholemessage;

import java.util.List;
import java.util.Map;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Dates;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR134", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.START, MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.DECLARATIE, MessageType.DECLARATIE_ANTWOORD},
        summary = "Birth dates, Toewijzingsdatum, the start of care, the end of care and the beginning of "
                + "declaration and product periods are not after the Dagtekening.",
        assumption = "The elements are those the official XSLT checks (validation.md §0.1 names fewer): birth dates "
                + "of client and relations, ToegewezenProduct/Toewijzingsdatum, StartProduct/Begindatum, "
                + "StopProduct/Einddatum, DeclaratiePeriode/Begindatum and ProductPeriode/Begindatum.")
final class DatesAreNotAfterDagtekening implements Rule {

    private static final Map<MessageType, List<String>> DATES = Map.of(
            MessageType.TOEWIJZING, List.of("Client/Geboortedatum/Datum", "Client/Relaties/Relatie/Geboortedatum/Datum",
                    "Client/ToegewezenProducten/ToegewezenProduct/Toewijzingsdatum"),
            MessageType.START, List.of("Client/Geboortedatum/Datum", "Client/StartProducten/StartProduct/Begindatum"),
            MessageType.STOP, List.of("Client/Geboortedatum/Datum", "Client/StopProducten/StopProduct/Einddatum"),
            MessageType.VERZOEK_OM_TOEWIJZING, List.of("Client/Geboortedatum/Datum"),
            MessageType.DECLARATIE, List.of("Declaratie/DeclaratiePeriode/Begindatum",
                    "Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum"),
            MessageType.DECLARATIE_ANTWOORD,
            List.of("DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum"));

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement dagtekening = Xml.dagtekening(context.root());
        for (String path : DATES.getOrDefault(context.kind().type(), List.of())) {
            for (XmlElement date : context.root().all(path)) {
                if (Dates.after(date, dagtekening)) {
                    findings.at(describe(path) + " " + Dates.text(date) + " is after the Dagtekening "
                            + Dates.text(dagtekening) + ".", date, dagtekening);
                }
            }
        }
        return findings.list();
    }

    private static String describe(String path) {
        String[] steps = path.split("/");
        return steps[steps.length - 2] + "/" + steps[steps.length - 1];
    }
}
