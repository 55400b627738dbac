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

@RuleSpec(id = "CS002", level = 2, retourcode = "0001",
        messages = {MessageType.TOEWIJZING, MessageType.RETOUR_TOEWIJZING, MessageType.START,
            MessageType.RETOUR_START, MessageType.STOP, MessageType.RETOUR_STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.RETOUR_VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING,
            MessageType.RETOUR_VERZOEK_OM_WIJZIGING, MessageType.DECLARATIE, MessageType.DECLARATIE_ANTWOORD},
        summary = "Every Bsn passes the elfproef (9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11).",
        assumption = "The elfproef applies to test numbers too (validation.md §0.28); the official XSLT checks the Bsn "
                + "in the retours as well.")
final class BsnPassesElfproef implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement bsn : bsns(context.root())) {
            if (!passesElfproef(bsn.text().trim())) {
                // never the number itself: findings end up in reports and logs
                findings.at("The Bsn fails the elfproef (the 11-test of the Dutch citizen service number).", bsn);
            }
        }
        return findings.list();
    }

    private static List<XmlElement> bsns(XmlElement root) {
        List<XmlElement> bsns = new ArrayList<>(root.all("Client/Bsn"));
        bsns.addAll(root.all("Declaratie/Clienten/Client/Bsn"));
        bsns.addAll(root.all("DeclaratieAntwoord/Clienten/Client/Bsn"));
        return bsns;
    }

    static boolean passesElfproef(String bsn) {
        if (bsn.length() != 9 || !bsn.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
