package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR316", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "No VorigReferentieNummer equals a ReferentieNummer of the same 323: a debit and its credit are "
                + "not declared together.",
        assumption = "The oracle never shows TR316; the findings are at the VorigReferentieNummer and at the "
                + "ReferentieNummer it repeats.")
final class DebitAndItsCreditTravelApart implements Rule {

    private static final String PRESTATIES = "Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/";

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        List<XmlElement> referenties = context.root().all(PRESTATIES + "ReferentieNummer");
        for (XmlElement vorig : context.root().all(PRESTATIES + "VorigReferentieNummer")) {
            for (XmlElement referentie : referenties) {
                if (Xml.text(vorig).equals(Xml.text(referentie))) {
                    findings.at("The credit refers to ReferentieNummer '" + Xml.text(vorig) + "', which is declared "
                            + "in the same message; a debit and its credit go in different declarations.", vorig,
                            referentie);
                }
            }
        }
        return findings.list();
    }
}
