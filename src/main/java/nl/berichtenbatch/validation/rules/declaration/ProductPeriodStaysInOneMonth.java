package nl.berichtenbatch.validation.rules.declaration;

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

@RuleSpec(id = "CS337", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "A ProductPeriode ends in the calendar month (and year) in which it begins.")
final class ProductPeriodStaysInOneMonth implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement prestatie : context.root().all("Declaratie/Clienten/Client/Prestaties/Prestatie")) {
            XmlElement begin = Xml.at(prestatie, "ProductPeriode/Begindatum");
            XmlElement end = Xml.at(prestatie, "ProductPeriode/Einddatum");
            if (begin != null && end != null && Dates.number(begin) / 100 != Dates.number(end) / 100) {
                findings.at("The ProductPeriode runs from " + Dates.text(begin) + " to " + Dates.text(end)
                        + "; a ProductPeriode lies within one calendar month.", begin, end);
            }
        }
        return findings.list();
    }
}
