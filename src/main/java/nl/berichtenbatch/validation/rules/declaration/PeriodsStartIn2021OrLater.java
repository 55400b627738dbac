package nl.berichtenbatch.validation.rules.declaration;

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

@RuleSpec(id = "CS100", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "The DeclaratiePeriode and every ProductPeriode begin on or after 2021-01-01.")
final class PeriodsStartIn2021OrLater implements Rule {

    private static final int FIRST_DAY = 20210101;

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        List<XmlElement> starts = new ArrayList<>(context.root().all("Declaratie/DeclaratiePeriode/Begindatum"));
        for (XmlElement prestatie : Declarations.prestaties(context.root())) {
            XmlElement start = Xml.at(prestatie, "ProductPeriode/Begindatum");
            if (start != null) {
                starts.add(start);
            }
        }
        for (XmlElement start : starts) {
            if (Dates.number(start) < FIRST_DAY) {
                findings.at("The period begins on " + Dates.text(start) + ", before 2021-01-01.", start);
            }
        }
        return findings.list();
    }
}
