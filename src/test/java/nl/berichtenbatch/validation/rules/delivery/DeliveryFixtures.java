package nl.berichtenbatch.validation.rules.delivery;

import java.time.LocalDate;

import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.message.TestMessages;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.state.Scope;

/** Named fixtures for the start/stop rules: the client of {@link TestMessages#validStart()} and its deliveries. */
final class DeliveryFixtures {

    static final Scope SCOPE = new Scope(Standard.IJW, "0363", "12345678");
    static final String CLIENT = "999912343";
    static final LocalDate BEGIN = LocalDate.of(2026, 3, 3);

    private DeliveryFixtures() {
    }

    static Delivery start(LocalDate begindatum) {
        return new Delivery(Delivery.Kind.START, 1001L, "45", "45A01", begindatum, null, null, "1");
    }

    static Delivery stop(LocalDate begindatum, String reden, LocalDate einddatum) {
        return new Delivery(Delivery.Kind.STOP, 1001L, "45", "45A01", begindatum, reden, einddatum, "1");
    }

    /** A valid start (StartProduct 1001, 45/45A01, Begindatum 2026-03-03) changed by a replacement. */
    static String startWith(String from, String to) {
        return TestMessages.validStart().replace(from, to);
    }

    /** A stop of the same product, Begindatum 2026-03-03, reden 34, Einddatum 2026-10-31. */
    static String validStop() {
        return TestMessages.validStart()
                .replace("jw305", "jw307").replace("<jw307:BerichtCode>438<", "<jw307:BerichtCode>440<")
                .replace("StartProducten>", "StopProducten>").replace("StartProduct>", "StopProduct>")
                .replace("<jw307:Begindatum>2026-03-03</jw307:Begindatum>",
                        "<jw307:Begindatum>2026-03-03</jw307:Begindatum><jw307:RedenBeeindiging>34</jw307:RedenBeeindiging>"
                                + "<jw307:Einddatum>2026-10-31</jw307:Einddatum>")
                .replace("2026-03-06", "2026-11-03");
    }
}
