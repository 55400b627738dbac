package nl.berichtenbatch.validation.rules.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.RuleContext;

/** The product classes of a verzoek om wijziging (317), with the allocations they refer to. */
final class ChangeRequest {

    static final String VERZOEK = "Client/Verzoek";
    static final String ONGEWIJZIGD = "Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct";
    static final String TE_WIJZIGEN = "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct";
    static final String NIEUW = "Client/Verzoek/NieuweProducten/NieuwProduct";

    /** An OngewijzigdProduct or TeWijzigenProduct with the current version of the allocation it names, if any. */
    record Reference(XmlElement element, long toewijzingNummer, Optional<Allocation> allocation) {

        LocalDate gewensteIngangsdatum() {
            return Extract.date(element, "GewensteIngangsdatum");
        }
    }

    private ChangeRequest() {
    }

    static List<Reference> unchanged(RuleContext context) {
        return references(context, ONGEWIJZIGD);
    }

    static List<Reference> toChange(RuleContext context) {
        return references(context, TE_WIJZIGEN);
    }

    private static List<Reference> references(RuleContext context, String path) {
        List<Reference> references = new ArrayList<>();
        for (XmlElement element : context.root().all(path)) {
            long nummer = Long.parseLong(element.valueOrNull("ToewijzingNummer"));
            references.add(new Reference(element, nummer, context.history().currentAllocation(context.scope(), nummer)));
        }
        return references;
    }

    /** Whether an Einddatum leaves Omvang out for an aspecific or generic product: after 2020 or empty (CD080). */
    static boolean endsAfter2020(LocalDate einddatum) {
        return einddatum == null || einddatum.isAfter(LocalDate.of(2020, 12, 31));
    }
}
