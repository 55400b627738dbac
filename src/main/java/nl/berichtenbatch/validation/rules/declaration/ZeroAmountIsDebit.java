package nl.berichtenbatch.validation.rules.declaration;

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

@RuleSpec(id = "CS325", level = 2, retourcode = "0001",
        messages = {MessageType.DECLARATIE, MessageType.DECLARATIE_ANTWOORD},
        summary = "An amount of 0 is a debit (DebetCredit D): totals and Prestatie amounts in 323 and 325.",
        assumption = "The oracle never shows CS325; the findings are at the amount and its DebetCredit.")
final class ZeroAmountIsDebit implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement root = context.root();
        List<XmlElement> amounts = new ArrayList<>(root.all("Declaratie/TotaalIngediendBedrag"));
        amounts.addAll(root.all("DeclaratieAntwoord/TotaalIngediendBedrag"));
        amounts.addAll(root.all("DeclaratieAntwoord/TotaalToegekendBedrag"));
        for (XmlElement prestatie : Declarations.prestaties(root)) {
            amounts.addAll(prestatie.children("IngediendBedrag"));
        }
        for (XmlElement amount : amounts) {
            XmlElement value = Xml.at(amount, "Bedrag") != null ? Xml.at(amount, "Bedrag")
                    : Xml.at(amount, "TotaalBedrag");
            XmlElement debetCredit = Xml.at(amount, "DebetCredit");
            if (value != null && Long.parseLong(value.text().trim()) == 0
                    && Declarations.CREDIT.equals(Xml.text(debetCredit))) {
                findings.at("The " + amount.name() + " is 0 with DebetCredit C; an amount of 0 is written as D.",
                        value, debetCredit);
            }
        }
        return findings.list();
    }
}
