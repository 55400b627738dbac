package nl.berichtenbatch.validation.rules.variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Delivery;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "BB106", level = 3, messages = MessageType.DECLARATIE,
        summary = "Under inspannings- and outputgericht contracts a declared allocation was started: a live "
                + "StartProduct (305) with its ToewijzingNummer is in the history (OP295).",
        assumption = "Start/stop messages never decide payment (OP364), so a missing start is a warning on the "
                + "prestatie, not a rejection. The contract for the product on ProductPeriode/Begindatum decides; "
                + "credits, unknown and deleted allocations (TR338, TR384) are not looked at.",
        data = "contracts file", variant = true)
final class DeclaredAllocationWasStarted implements Rule {

    private final Contracts contracts;

    DeclaredAllocationWasStarted(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (!contracts.configured()) {
            return findings;
        }
        // one look-up per client, however many prestaties it has
        Map<String, List<Delivery>> starts = new HashMap<>();
        for (PrestatieRule.Line line : PrestatieRule.lines(context)) {
            Prestatie p = line.prestatie();
            Variant variant = contracts.variant(context.scope(), p.categorie(), p.productCode(), p.periodeBegin())
                    .orElse(Variant.TAAKGERICHT);
            if (!p.isDebit() || variant == Variant.TAAKGERICHT) {
                continue;
            }
            Allocation allocation = context.history().currentAllocation(context.scope(), p.toewijzingNummer())
                    .filter(a -> !a.isDeleted()).orElse(null);
            if (allocation == null) {
                continue;
            }
            boolean started = starts.computeIfAbsent(allocation.client(), client -> context.history()
                    .liveDeliveries(context.scope(), client, Delivery.Kind.START)).stream()
                    .anyMatch(start -> Objects.equals(start.toewijzingNummer(), p.toewijzingNummer()));
            if (!started) {
                findings.add(warning(line.element().path() + "/ToewijzingNummer", "Prestatie "
                        + p.referentieNummer() + " declares allocation " + p.toewijzingNummer() + ", but no start "
                        + "(305) of it was received; under the " + variant.code() + " contract start and stop are "
                        + "mandatory (OP295)."));
            }
        }
        return findings;
    }
}
