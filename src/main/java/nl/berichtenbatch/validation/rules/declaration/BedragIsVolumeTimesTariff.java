package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Tariff;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR346", level = 4, retourcode = "9346", messages = MessageType.DECLARATIE,
        summary = "The IngediendBedrag of a prestatie (unit other than euros) is GeleverdVolume x ProductTarief; "
                + "minutes against an hour tariff: hour tariff x minutes / 60, rounded half-up to whole cents.",
        assumption = "Whether a minute declaration is priced from an hour tariff comes from the contracts. Without one, "
                + "a minute declaration is accepted when its amount is volume x tariff or fits an hour tariff that "
                + "rounds to its ProductTarief (variants.md §5).",
        data = "contracts file (hour tariffs for minute declarations), optional")
public final class BedragIsVolumeTimesTariff implements Rule {

    private static final String EUROS = "83";

    private final Contracts contracts;

    public BedragIsVolumeTimesTariff(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Prestatie p = line.prestatie();
            if (EUROS.equals(p.eenheid()) || p.tarief() == null) {
                continue;
            }
            Optional<Tariff> tariff = contracts.tariff(context.scope(), p.categorie(), p.productCode(), p.periodeBegin());
            boolean minutesAgainstHours = Tariff.MINUTE.equals(p.eenheid())
                    && tariff.map(t -> Tariff.HOUR.equals(t.eenheid())).orElse(false);
            long required = minutesAgainstHours ? tariff.get().forMinutes(p.volume()) : p.volume() * p.tarief();
            boolean fits = p.bedrag() == required || (Tariff.MINUTE.equals(p.eenheid()) && tariff.isEmpty()
                    && fitsSomeHourTariff(p.volume(), p.tarief(), p.bedrag()));
            if (!fits) {
                findings.add(finding(Lines.at(line, "IngediendBedrag/Bedrag"), "IngediendBedrag " + p.bedrag()
                        + " should be " + required + (minutesAgainstHours ? " (hour tariff " + tariff.get().cents()
                        + " x " + p.volume() + " minutes / 60)" : " (" + p.volume() + " x " + p.tarief() + ")") + "."));
            }
        }
        return findings;
    }

    /** Whether some hour tariff h with round(h / 60) = tariff gives round(h x minutes / 60) = bedrag. */
    static boolean fitsSomeHourTariff(long minutes, long tariff, long bedrag) {
        if (minutes == 0) {
            return bedrag == 0;
        }
        long low = Math.max(60 * tariff - 30, ceilDiv(60 * bedrag - 30, minutes));
        long high = Math.min(60 * tariff + 29, Math.floorDiv(60 * bedrag + 29, minutes));
        return low <= high;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
