package nl.berichtenbatch.validation.rules.external;

import java.util.List;

import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.validation.Rule;

/** The rules of this package, for the catalogue. */
public final class ExternalRules {

    private ExternalRules() {
    }

    public static List<Rule> all(CodeLists codeLists) {
        return List.of(new GemeentecodeIsValid(codeLists.gemeenten()),
                new ProductCodeBelongsToTheCategorie(codeLists.productCodes()));
    }
}
