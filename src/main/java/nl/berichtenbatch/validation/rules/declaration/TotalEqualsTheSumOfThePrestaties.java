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

@RuleSpec(id = "TR358", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "TotaalIngediendBedrag equals the sum of the Prestaties' IngediendBedrag (debits added, credits "
                + "subtracted).")
final class TotalEqualsTheSumOfThePrestaties implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement totaal = Xml.at(context.root(), "Declaratie/TotaalIngediendBedrag");
        if (totaal == null) {
            return findings.list();
        }
        List<XmlElement> amounts = new ArrayList<>();
        long sum = 0;
        for (XmlElement prestatie : Declarations.prestaties(context.root())) {
            XmlElement amount = Xml.at(prestatie, "IngediendBedrag");
            amounts.add(amount);
            sum += Declarations.signed(amount);
        }
        long total = Declarations.signed(totaal);
        if (sum != total) {
            String text = "TotaalIngediendBedrag is " + Declarations.describe(total) + " but the Prestaties add up to "
                    + Declarations.describe(sum) + ".";
            amounts.forEach(amount -> findings.at(text, amount));
            findings.at(text, Xml.at(totaal, "TotaalBedrag"), Xml.at(totaal, "DebetCredit"));
        }
        return findings.list();
    }
}
