package nl.berichtenbatch.validation.rules;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.rules.allocation.AllocationRules;
import nl.berichtenbatch.validation.rules.client.ClientRules;
import nl.berichtenbatch.validation.rules.contact.ContactRules;
import nl.berichtenbatch.validation.rules.declaration.DeclarationHistoryRules;
import nl.berichtenbatch.validation.rules.declaration.DeclarationRules;
import nl.berichtenbatch.validation.rules.delivery.DeliveryRules;
import nl.berichtenbatch.validation.rules.external.ExternalRules;
import nl.berichtenbatch.validation.rules.header.HeaderRules;
import nl.berichtenbatch.validation.rules.product.ProductRules;
import nl.berichtenbatch.validation.rules.request.RequestHistoryRules;
import nl.berichtenbatch.validation.rules.request.RequestRules;
import nl.berichtenbatch.validation.rules.startstop.StartStopRules;
import nl.berichtenbatch.validation.rules.variant.VariantRules;
import nl.berichtenbatch.validation.rules.wholemessage.WholeMessageRules;

/**
 * Every rule of the product, in one list sorted by id (then level): what {@code rules} prints and the engine runs.
 * Each rules package lists its own rules; a new package adds one line here.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** The rules with the bundled code lists and without contracts. */
    public static List<Rule> all() {
        return all(CodeLists.bundled(), Contracts.NONE);
    }

    /** The rules with the code lists and contracts that the level-4 (and contract) rules read. */
    public static List<Rule> all(CodeLists codeLists, Contracts contracts) {
        return Stream.of(
                        HeaderRules.all(),
                        DeliveryRules.all(contracts),
                        ClientRules.all(),
                        ContactRules.all(),
                        ProductRules.all(),
                        RequestRules.all(),
                        StartStopRules.all(),
                        DeclarationRules.all(),
                        WholeMessageRules.all(),
                        AllocationRules.all(),
                        RequestHistoryRules.all(),
                        DeclarationHistoryRules.all(contracts),
                        ExternalRules.all(codeLists),
                        VariantRules.all(contracts))
                .flatMap(List::stream)
                .sorted(Comparator.comparing((Rule r) -> r.spec().id()).thenComparing(r -> r.spec().level())
                        .thenComparing(r -> r.getClass().getSimpleName()))
                .toList();
    }
}
