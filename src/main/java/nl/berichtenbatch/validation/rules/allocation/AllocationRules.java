package nl.berichtenbatch.validation.rules.allocation;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class AllocationRules {

    private AllocationRules() {
    }

    public static List<Rule> all() {
        return List.of(new ToewijzingNummerIsUnique(), new ReferentieAanbiederAnswersAnOpenRequest(),
                new DeletedAllocationHasNoApprovedPrestaties());
    }
}
