package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.AnsweredDeclaration;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR304", level = 3, retourcode = "8187",
        messages = {MessageType.VERZOEK_OM_WIJZIGING, MessageType.DECLARATIE, MessageType.DECLARATIE_ANTWOORD},
        summary = "A product or prestatie belongs to the client it is sent under: the allocation it names is the "
                + "allocation of that Bsn.",
        assumption = "317: the OngewijzigdProduct or TeWijzigenProduct names an allocation of another Bsn; 323: the "
                + "allocation of the prestatie belongs to another Bsn than its Client; 325: the returned prestatie sat "
                + "under another Bsn in the answered 323 (validation.md §0.7, §0.20). Unknown numbers are TR350, TR351 "
                + "and TR338's.")
public final class PrestatieBelongsToTheClient implements Rule {

    private static final List<String> CHANGE_REQUEST_PRODUCTS = List.of(
            "Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct",
            "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct");

    @Override
    public List<Finding> check(RuleContext context) {
        return switch (context.kind().type()) {
            case VERZOEK_OM_WIJZIGING -> changeRequest(context);
            case DECLARATIE -> declaration(context);
            case DECLARATIE_ANTWOORD -> answer(context);
            default -> List.of();
        };
    }

    private List<Finding> changeRequest(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (String path : CHANGE_REQUEST_PRODUCTS) {
            for (XmlElement product : context.root().all(path)) {
                long nummer = Long.parseLong(product.valueOrNull("ToewijzingNummer"));
                context.history().currentAllocation(context.scope(), nummer)
                        .filter(a -> !a.client().equals(context.client()))
                        .ifPresent(a -> findings.add(finding(product.path() + "/ToewijzingNummer",
                                "Allocation " + nummer + " belongs to another client.")));
            }
        }
        return findings;
    }

    private List<Finding> declaration(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.all(context)) {
            Allocation allocation = Lines.anyAllocation(context, line).orElse(null);
            if (allocation != null && !allocation.client().equals(line.prestatie().client())) {
                findings.add(finding(Lines.at(line, "ToewijzingNummer"), "Allocation " + allocation.toewijzingNummer()
                        + " belongs to another client than the Bsn this prestatie is declared under."));
            }
        }
        return findings;
    }

    private List<Finding> answer(RuleContext context) {
        AnsweredDeclaration declaration = Answered.declaration(context).orElse(null);
        if (declaration == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Answered.Returned returned : Answered.prestaties(context)) {
            Answered.declared(declaration, returned.prestatie())
                    .filter(p -> !p.client().equals(returned.prestatie().client()))
                    .ifPresent(p -> findings.add(finding(returned.element().path(), "Prestatie '"
                            + p.referentieNummer() + "' was declared under another Bsn.")));
        }
        return findings;
    }
}
