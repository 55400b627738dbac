package nl.berichtenbatch.validation.rules.variant;

import java.util.List;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class VariantRules {

    private VariantRules() {
    }

    public static List<Rule> all(Contracts contracts) {
        return List.of(new AllocationFitsTheVariant(contracts), new UnitIsTheContractUnit(contracts),
                new ProductIsContracted(contracts), new NoDeclarationForATaakgerichtProduct(contracts),
                new DeclaredUnitFitsTheVariant(contracts), new DeclaredAllocationWasStarted(contracts),
                new TaakgerichtDeliveryHasNoToewijzingNummer(contracts));
    }
}
