package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.RuleContext;

/** The start or stop products of a 305/307 with what the history says about them. */
final class Deliveries {

    /** RedenBeeindiging 20: a temporary stop (OP377, OP378). */
    static final String TEMPORARY = "20";

    record Item(XmlElement element, Delivery delivery) {
    }

    /** A new StopProduct of the message with the live stops of the same start that were there before it. */
    record Checked(Item item, List<Delivery> earlier) {
    }

    private Deliveries() {
    }

    static Delivery.Kind kind(RuleContext context) {
        return context.kind().type() == MessageType.START ? Delivery.Kind.START : Delivery.Kind.STOP;
    }

    static List<Item> of(RuleContext context) {
        Delivery.Kind kind = kind(context);
        String path = kind == Delivery.Kind.START ? "Client/StartProducten/StartProduct" : "Client/StopProducten/StopProduct";
        List<Item> items = new ArrayList<>();
        for (XmlElement element : context.root().all(path)) {
            items.add(new Item(element, Extract.delivery(element, kind)));
        }
        return items;
    }

    /**
     * The live deliveries of this client in the history, less those that the status-3 classes of this message
     * cancel: inside a 305/307 deletions are processed first (validation.md §0.29).
     */
    static List<Delivery> liveAfterCancellations(RuleContext context, Delivery.Kind kind) {
        List<Delivery> live = new ArrayList<>(context.history().liveDeliveries(context.scope(), context.client(), kind));
        if (kind == kind(context)) {
            for (Item item : of(context)) {
                if (item.delivery().isCancellation()) {
                    live.stream().filter(item.delivery()::sameKey).findFirst().ifPresent(live::remove);
                }
            }
        }
        return live;
    }

    /** Whether a stop belongs to a start: the same ToewijzingNummer, Product and Begindatum (validation.md §4). */
    static boolean sameStartGroup(Delivery stop, Delivery start) {
        return stop.sameProduct(start) && stop.begindatum().equals(start.begindatum());
    }

    /**
     * Every new StopProduct of a 307 with the stops of the same start before it (TR413-TR415): the live stops after
     * this message's deletions and the new stops earlier in it, matched on ToewijzingNummer and Begindatum only
     * (validation.md §0.5); a taakgericht stop has no ToewijzingNummer, so its Product takes that place (IV096).
     */
    static List<Checked> stopsWithEarlierStops(RuleContext context) {
        List<Delivery> stops = liveAfterCancellations(context, Delivery.Kind.STOP);
        List<Checked> checked = new ArrayList<>();
        for (Item item : of(context)) {
            Delivery stop = item.delivery();
            if (!stop.isNew()) {
                continue;
            }
            checked.add(new Checked(item, stops.stream()
                    .filter(s -> Objects.equals(s.toewijzingNummer(), stop.toewijzingNummer())
                            && s.begindatum().equals(stop.begindatum())
                            && (stop.toewijzingNummer() != null || s.sameProduct(stop)))
                    .toList()));
            stops.add(stop);
        }
        return checked;
    }

    static String describe(Delivery d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.toewijzingNummer() == null ? "no ToewijzingNummer" : "ToewijzingNummer " + d.toewijzingNummer());
        if (d.categorie() != null) {
            sb.append(", product ").append(d.categorie()).append(d.productCode() == null ? "" : "/" + d.productCode());
        }
        sb.append(", Begindatum ").append(d.begindatum());
        if (d.kind() == Delivery.Kind.STOP) {
            sb.append(", RedenBeeindiging ").append(d.reden()).append(", Einddatum ").append(d.einddatum());
        }
        return sb.toString();
    }
}
