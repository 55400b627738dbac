package nl.berichtenbatch.validation.rules.external;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.codelist.CbsGemeenten;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR378", level = 4, retourcode = "S300", header = true,
        messages = {MessageType.TOEWIJZING, MessageType.START, MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING,
            MessageType.VERZOEK_OM_WIJZIGING, MessageType.ANTWOORD, MessageType.DECLARATIE,
            MessageType.DECLARATIE_ANTWOORD},
        summary = "The gemeentecode in the header (and of a 319 Woonplaatsbeginsel) is in the CBS gemeente list.",
        assumption = "Valid on the Dagtekening; a code that ended in a merger is still accepted when it was valid on the "
                + "Ingangsdatum of an allocation in the 301, the ToewijzingIngangsdatum of a request in the 315, or the "
                + "Ingangsdatum of the allocation a 305, 307, 317 or 323 names (validation.md §0.17, §5.3).",
        data = "CBS gemeentecodes with their validity (codelists/cbs-gemeenten.csv)")
public final class GemeentecodeIsValid implements Rule {

    private final CbsGemeenten gemeenten;

    public GemeentecodeIsValid(CbsGemeenten gemeenten) {
        this.gemeenten = gemeenten;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        LocalDate dagtekening = LocalDate.parse(context.header().dagtekening());
        String gemeente = context.scope().gemeente();
        if (!gemeenten.isValid(gemeente, dagtekening)
                && mergerDates(context).stream().noneMatch(d -> gemeenten.isValid(gemeente, d))) {
            String side = context.kind().type().sender() == MessageType.Sender.GEMEENTE ? "Afzender" : "Ontvanger";
            findings.add(finding("/Bericht/Header/" + side, "Gemeentecode " + gemeente + " is not in the CBS gemeente "
                    + "list valid on " + dagtekening + "."));
        }
        context.root().find("Antwoord/Woonplaatsbeginsel").ifPresent(woonplaatsbeginsel -> {
            String code = woonplaatsbeginsel.valueOrNull("Gemeente");
            if (!gemeenten.isValid(code, dagtekening)) {
                findings.add(finding(woonplaatsbeginsel.path() + "/Gemeente", "Gemeentecode " + code + " is not in "
                        + "the CBS gemeente list valid on " + dagtekening + "."));
            }
        });
        return findings;
    }

    /** The dates on which a code of a merged gemeente still counts (municipal merger tolerance). */
    private static List<LocalDate> mergerDates(RuleContext context) {
        XmlElement root = context.root();
        List<LocalDate> dates = new ArrayList<>();
        switch (context.kind().type()) {
            case TOEWIJZING -> root.all("Client/ToegewezenProducten/ToegewezenProduct")
                    .forEach(p -> dates.add(Extract.date(p, "Ingangsdatum")));
            case VERZOEK_OM_TOEWIJZING -> root.all("Client/AangevraagdeProducten/AangevraagdProduct")
                    .forEach(p -> dates.add(Extract.date(p, "ToewijzingIngangsdatum")));
            case START -> allocationDates(context, root.all("Client/StartProducten/StartProduct"), dates);
            case STOP -> allocationDates(context, root.all("Client/StopProducten/StopProduct"), dates);
            case VERZOEK_OM_WIJZIGING -> {
                allocationDates(context, root.all("Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct"), dates);
                allocationDates(context, root.all("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct"), dates);
            }
            case DECLARATIE -> allocationDates(context, root.all("Declaratie/Clienten/Client/Prestaties/Prestatie"),
                    dates);
            default -> {
                // 319 and 325 name no allocation
            }
        }
        return dates;
    }

    private static void allocationDates(RuleContext context, List<XmlElement> products, List<LocalDate> dates) {
        for (XmlElement product : products) {
            Long nummer = Extract.number(product, "ToewijzingNummer");
            if (nummer != null) {
                context.history().currentAllocation(context.scope(), nummer)
                        .ifPresent(a -> dates.add(a.ingangsdatum()));
            }
        }
    }
}
