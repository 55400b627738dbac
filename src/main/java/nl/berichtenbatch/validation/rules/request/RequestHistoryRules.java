package nl.berichtenbatch.validation.rules.request;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The cross-message rules of this package (those that read the history), for the catalogue. */
public final class RequestHistoryRules {

    private RequestHistoryRules() {
    }

    public static List<Rule> all() {
        return List.of(new ReferentieAanbiederIsNew(), new ChangeRequestNamesEveryActualAllocation(),
                new UnchangedProductIsAnActualAllocation(), new ProductToChangeIsAnActualAllocation(),
                new AnswerRefersToARequest(), new PastStartOfAChangeIsTheOriginalStart(), new NoAnswerAfterAnAllocation(),
                new InvestigationIsTheFirstAnswer(), new ChangeRequestProductsDoNotOverlap(), new NoAnswerAfterAFinalAnswer(),
                new BudgetOrTotalChangesFromTheOriginalStart(), new NoRequestIsPending(),
                new NoOmvangForAnAllocationWithoutProduct(), new OmvangForAnAllocationWithProductCode(),
                new NoOmvangForAnAllocationWithoutProductCode());
    }
}
