package nl.berichtenbatch.validation.rules.product;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class ProductRules {

    private ProductRules() {
    }

    public static List<Rule> all() {
        return List.of(new EndDateIsNotBeforeStartDate(), new ProductCodeComesWithOmvang(),
                new BudgetComesWithEinddatum(), new WeeklyOmvangComesWithEinddatum(), new BudgetExcludesOmvang(),
                new OmvangExcludesBudget(), new ProductIsGivenWithoutBudget(), new AspecificAllocationHasNoOmvang(),
                new AspecificRequestHasNoOmvang(), new AspecificNewProductHasNoOmvang(), new DeletionEndsOnItsStart(),
                new RedenWijzigingIsNotTheRetiredCorrection(), new UnitAllowsItsFrequency(),
                new RequestedUnitAllowsItsFrequency(), new AllocatedProductsDoNotOverlap(),
                new RequestedProductsDoNotOverlap(), new NewProductsDoNotOverlap());
    }
}
