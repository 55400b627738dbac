package nl.berichtenbatch.validation.rules.delivery;

import java.util.ArrayList;
import java.util.List;

import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.state.Extract;
import nl.berichtenbatch.validation.RuleContext;

/** The start or stop products of a 305/307 with what the history says about them. */
final class Deliveries {

    record Item(XmlElement element, Delivery delivery) {
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
