package nl.berichtenbatch.validation.rules.client;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Dates;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR002", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.START, MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING},
        summary = "A birth date lies at most 120 years before the Dagtekening, unless it is the unknown date "
                + "1900-01-01 with DatumGebruik 3.",
        assumption = "As the official XSLT: the birth dates of relations (301) count too (not the default of "
                + "validation.md §0.2), and 120 years are added to the yyyymmdd number.")
final class BirthDateIsAtMost120YearsBeforeDagtekening implements Rule {

    private static final int MAX_AGE = 120;

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement dagtekening = Xml.dagtekening(context.root());
        List<XmlElement> birthDates = new ArrayList<>(context.root().all("Client/Geboortedatum"));
        birthDates.addAll(context.root().all("Client/Relaties/Relatie/Geboortedatum"));
        for (XmlElement birthDate : birthDates) {
            XmlElement datum = Xml.at(birthDate, "Datum");
            boolean unknown = "3".equals(Xml.text(birthDate, "DatumGebruik"))
                    && "1900-01-01".equals(Xml.text(datum));
            if (datum != null && !unknown && Dates.plusYears(datum, MAX_AGE) < Dates.number(dagtekening)) {
                findings.at("Geboortedatum " + Dates.text(datum) + " lies more than " + MAX_AGE
                        + " years before the Dagtekening " + Dates.text(dagtekening) + ".", datum, dagtekening);
            }
        }
        return findings.list();
    }
}
