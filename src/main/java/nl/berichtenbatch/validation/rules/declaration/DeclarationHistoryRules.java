package nl.berichtenbatch.validation.rules.declaration;

import java.util.List;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.validation.Rule;

/** The cross-message rules of this package (those that read the history), for the catalogue. */
public final class DeclarationHistoryRules {

    private DeclarationHistoryRules() {
    }

    public static List<Rule> all(Contracts contracts) {
        return List.of(new PrestatieBelongsToTheClient(), new ProductPeriodStartsWithinTheAllocation(),
                new ProductPeriodEndsWithinTheAllocation(), new ReferentieNummerIsNew(),
                new DeclarationPeriodIsNotBeforeTheLast(),
                new VolumeFitsThePeriodMaximum(), new VolumeFitsTheTotalMaximum(), new CreditReversesAnApprovedDebit(),
                new DeclaratieNummerIsNew(), new AnswerNamesASentDeclaration(), new PrestatieRefersToAnAllocation(),
                new CategorieMatchesTheAllocation(), new CodeMatchesTheAllocation(),
                new EenheidMatchesTheAllocation(contracts), new BedragIsVolumeTimesTariff(contracts),
                new ReturnedPrestatieWasDeclared(), new ReturnedPrestatieIsUnchanged(), new AmountFitsTheBudget(),
                new AnswerNamesTheDeclarationXsdVersion(), new AnswerNamesTheDeclaratieNummer(),
                new AllocationIsNotDeleted(), new ProductPeriodStartsAtMonthOrAllocationStart(),
                new ProductPeriodEndsAtMonthOrAllocationEnd(), new NoSecondDebitForTheSameLine(),
                new DebitIsCreditedOnce(), new TariffIsTheContractTariff(contracts));
    }
}
