package nl.berichtenbatch.validation.rules.delivery;

import java.util.List;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class DeliveryRules {

    private DeliveryRules() {
    }

    public static List<Rule> all(Contracts contracts) {
        return List.of(new StartOrStopMatchesAnAllocation(contracts), new CancellationMatchesAnEarlierDelivery(),
                new DeletedStartHasNoStop(), new NewDeliveryIsNotAlreadyKnown(), new OneCurrentStartPerProduct(),
                new StopFollowsTheCurrentStart(), new NoSecondTemporaryStop(), new StopDoesNotEndBeforeAnEarlierStop(),
                new NoStopAfterADefinitiveStop());
    }
}
