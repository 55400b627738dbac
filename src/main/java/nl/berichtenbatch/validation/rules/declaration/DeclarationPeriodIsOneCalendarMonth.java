package nl.berichtenbatch.validation.rules.declaration;

import java.time.LocalDate;
import java.time.YearMonth;
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

@RuleSpec(id = "CS340", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "The DeclaratiePeriode begins on the first day of a month and ends on the last day of that month.")
final class DeclarationPeriodIsOneCalendarMonth implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement periode = Xml.at(context.root(), "Declaratie/DeclaratiePeriode");
        XmlElement begin = Xml.at(periode, "Begindatum");
        XmlElement end = Xml.at(periode, "Einddatum");
        if (begin == null || end == null) {
            return findings.list();
        }
        LocalDate first = LocalDate.parse(Dates.text(begin));
        if (first.getDayOfMonth() != 1) {
            findings.at("The DeclaratiePeriode begins on " + first + ", not on the first day of a month.", begin);
        }
        LocalDate last = YearMonth.from(first).atEndOfMonth();
        if (!LocalDate.parse(Dates.text(end)).equals(last)) {
            findings.at("The DeclaratiePeriode ends on " + Dates.text(end) + ", not on " + last
                    + ", the last day of the month in which it begins.", begin, end);
        }
        return findings.list();
    }
}
