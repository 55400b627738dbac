package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR339", level = 3, retourcode = "9339", messages = MessageType.DECLARATIE,
        summary = "The ProductCategorie of a prestatie is the allocation's category, when the allocation has one.")
public final class CategorieMatchesTheAllocation implements Rule {

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Lines.allocation(context, line)
                    .filter(a -> a.categorie() != null && !a.categorie().equals(line.prestatie().categorie()))
                    .ifPresent(a -> findings.add(finding(Lines.at(line, "ProductCategorie"), "ProductCategorie "
                            + line.prestatie().categorie() + " is not the category " + a.categorie()
                            + " of allocation " + a.toewijzingNummer() + ".")));
        }
        return findings;
    }
}
