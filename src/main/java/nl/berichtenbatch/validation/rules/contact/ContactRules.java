package nl.berichtenbatch.validation.rules.contact;

import java.util.List;

import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class ContactRules {

    private ContactRules() {
    }

    public static List<Rule> all() {
        return List.of(new LandCodeGoesWithPostcode(), new PeriodeOnlyForATemporaryAddress(),
                new DutchAddressHasAHouse(), new ResidentialAddressHasAPostcode(),
                new DutchPostcodeHasTheDutchFormat(), new ContactCanBeReached(), new ClientHasAnAddressToUse());
    }
}
