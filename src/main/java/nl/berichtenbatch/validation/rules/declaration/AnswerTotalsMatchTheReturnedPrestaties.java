package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;
import java.util.Set;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR342", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE_ANTWOORD,
        summary = "In a 325, the returned (rejected) Prestaties add up to TotaalIngediendBedrag minus "
                + "TotaalToegekendBedrag; a rejected declaration has TotaalToegekendBedrag 0.",
        assumption = "As the official XSLT: the DeclaratieAntwoord counts as rejected when it has a code other than "
                + "0200 or 8001. A returned Prestatie with only 0200 is not checked (validation.md §5.1 mentions it; "
                + "the oracle never shows it).")
final class AnswerTotalsMatchTheReturnedPrestaties implements Rule {

    private static final Set<String> NOT_REJECTED = Set.of("0200", "8001");

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        XmlElement antwoord = Xml.at(context.root(), "DeclaratieAntwoord");
        XmlElement ingediend = Xml.at(antwoord, "TotaalIngediendBedrag");
        XmlElement toegekend = Xml.at(antwoord, "TotaalToegekendBedrag");
        if (ingediend == null || toegekend == null) {
            return findings.list();
        }
        boolean rejected = antwoord.all("RetourCodes/RetourCode").stream()
                .anyMatch(code -> !NOT_REJECTED.contains(code.text().trim()));
        long awarded = Declarations.signed(toegekend);
        if (rejected) {
            if (awarded != 0) {
                findings.at("The declaration is rejected, so TotaalToegekendBedrag must be 0, not "
                        + Declarations.describe(awarded) + ".", toegekend);
            }
            return findings.list();
        }
        long returned = 0;
        for (XmlElement prestatie : Declarations.prestaties(context.root())) {
            returned += Declarations.signed(Xml.at(prestatie, "IngediendBedrag"));
        }
        long submitted = Declarations.signed(ingediend);
        if (returned != submitted - awarded) {
            findings.at("The returned Prestaties add up to " + Declarations.describe(returned)
                    + ", but TotaalIngediendBedrag " + Declarations.describe(submitted)
                    + " minus TotaalToegekendBedrag "
                    + Declarations.describe(awarded) + " is " + Declarations.describe(submitted - awarded) + ".",
                    ingediend, toegekend);
        }
        return findings.list();
    }
}
