package nl.berichtenbatch.validation.rules;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.rules.delivery.CancellationMatchesAnEarlierDelivery;
import nl.berichtenbatch.validation.rules.delivery.NewDeliveryIsNotAlreadyKnown;
import nl.berichtenbatch.validation.rules.delivery.StartOrStopMatchesAnAllocation;
import nl.berichtenbatch.validation.rules.delivery.StopFollowsTheCurrentStart;
import nl.berichtenbatch.validation.rules.header.DagtekeningIsNotAfterRunDate;
import nl.berichtenbatch.validation.rules.header.IdentificationIsUnique;

/** Every rule of the product, in one list sorted by id: what {@code rules} prints and the engine runs. */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new IdentificationIsUnique(),
                        new StartOrStopMatchesAnAllocation(),
                        new CancellationMatchesAnEarlierDelivery(),
                        new NewDeliveryIsNotAlreadyKnown(),
                        new DagtekeningIsNotAfterRunDate(),
                        new StopFollowsTheCurrentStart())
                .sorted(Comparator.comparing((Rule r) -> r.spec().id()))
                .toList();
    }
}
