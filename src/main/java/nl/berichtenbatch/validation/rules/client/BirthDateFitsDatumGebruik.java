package nl.berichtenbatch.validation.rules.client;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "CS139", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.RETOUR_TOEWIJZING, MessageType.START,
            MessageType.RETOUR_START, MessageType.STOP, MessageType.RETOUR_STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.RETOUR_VERZOEK_OM_TOEWIJZING},
        summary = "A birth date agrees with its DatumGebruik: 1 → day 01, 2 → 1 January, 3 → 1900-01-01.",
        assumption = "The official XSLT checks the birth dates in the retours as well.")
final class BirthDateFitsDatumGebruik implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        List<XmlElement> birthDates = new ArrayList<>(context.root().all("Client/Geboortedatum"));
        birthDates.addAll(context.root().all("Client/Relaties/Relatie/Geboortedatum"));
        for (XmlElement birthDate : birthDates) {
            XmlElement datum = Xml.at(birthDate, "Datum");
            XmlElement gebruik = Xml.at(birthDate, "DatumGebruik");
            if (datum == null || gebruik == null) {
                continue;
            }
            String expected = expectedShape(gebruik.text().trim());
            if (expected != null && !fits(datum.text().trim(), gebruik.text().trim())) {
                findings.at("Geboortedatum " + datum.text().trim() + " does not fit DatumGebruik "
                        + gebruik.text().trim() + ": the date must be " + expected + ".", datum, gebruik);
            }
        }
        return findings.list();
    }

    private static String expectedShape(String gebruik) {
        return switch (gebruik) {
            case "1" -> "the first of its month (only month and year are known)";
            case "2" -> "1 January of its year (only the year is known)";
            case "3" -> "1900-01-01 (the date is unknown)";
            default -> null;
        };
    }

    private static boolean fits(String datum, String gebruik) {
        return switch (gebruik) {
            case "1" -> datum.endsWith("-01");
            case "2" -> datum.endsWith("-01-01");
            case "3" -> datum.equals("1900-01-01");
            default -> true;
        };
    }
}
