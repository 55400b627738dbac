package nl.berichtenbatch.validation.rules.request;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class RequestRules {

    private RequestRules() {
    }

    public static List<Rule> all() {
        return List.of(new BeschikkingNummerGoesWithItsIngangsdatum(), new ReferrerWithACodeHasNoName(),
                new ReferrerWithoutACodeHasAName(), new OnlyAHealthcareReferrerHasACode(), new RejectionHasAReason(),
                new InvestigationHasNoRejectionReason(), new ChangeRequestNamesCurrentProducts(),
                new ChangeRequestAsksForAChange(), new ResidenceRejectionNamesTheGemeente(),
                new NewProductStartsAfterDagtekening(), new ReferentieAanbiederIsUniqueInTheRequest(),
                new WoonplaatsbeginselOnlyWithAResidenceRejection());
    }
}
