package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class DeclarationRules {

    private DeclarationRules() {
    }

    public static List<Rule> all() {
        return List.of(new VorigReferentieNummerOnlyOnACredit(), new ProductTariefUnlessEuros(),
                new PeriodsStartIn2021OrLater(), new ZeroAmountIsDebit(), new ProductPeriodStaysInOneMonth(),
                new EuroAmountEqualsVolume(), new DeclarationPeriodIsOneCalendarMonth(),
                new PeriodEndLiesBetweenItsStartAndDagtekening(), new CreditsReferToDifferentDebits(),
                new DebitAndItsCreditTravelApart(), new ProductPeriodLiesWithinTheDeclarationPeriod(),
                new ProductPeriodIsAtMostFiveYearsOld(), new AnswerTotalsMatchTheReturnedPrestaties(),
                new TotalEqualsTheSumOfThePrestaties(), new DebitIsDeclaredOncePerPeriod());
    }
}
