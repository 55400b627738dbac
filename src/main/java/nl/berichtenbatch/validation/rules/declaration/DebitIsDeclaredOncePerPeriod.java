package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;
import java.util.Objects;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;
import nl.berichtenbatch.validation.rules.support.Findings;
import nl.berichtenbatch.validation.rules.support.Xml;

@RuleSpec(id = "TR416", level = 2, retourcode = "0001", messages = MessageType.DECLARATIE,
        summary = "A client's debit Prestaties differ in ToewijzingNummer, ProductCategorie, ProductCode or "
                + "ProductPeriode.",
        assumption = "As the official XSLT: Prestaties are compared within one Client.")
final class DebitIsDeclaredOncePerPeriod implements Rule {

    private static final List<String> SAME_LINE = List.of("ToewijzingNummer", "ProductCategorie", "ProductCode",
            "ProductPeriode/Begindatum", "ProductPeriode/Einddatum");

    @Override
    public List<Finding> check(RuleContext context) {
        Findings findings = new Findings(this, context);
        for (XmlElement client : context.root().all("Declaratie/Clienten/Client")) {
            List<XmlElement> debits = client.all("Prestaties/Prestatie").stream().filter(Declarations::isDebit)
                    .toList();
            for (int i = 0; i < debits.size(); i++) {
                for (int j = i + 1; j < debits.size(); j++) {
                    XmlElement a = debits.get(i);
                    XmlElement b = debits.get(j);
                    if (SAME_LINE.stream().allMatch(path -> Objects.equals(Xml.text(a, path), Xml.text(b, path)))) {
                        findings.at("Two debit Prestaties declare ToewijzingNummer " + Xml.text(a, "ToewijzingNummer")
                                + ", product " + Xml.text(a, "ProductCode") + " for the same period "
                                + Xml.text(a, "ProductPeriode/Begindatum") + " to "
                                + Xml.text(a, "ProductPeriode/Einddatum") + ".", a, b);
                    }
                }
            }
        }
        return findings.list();
    }
}
