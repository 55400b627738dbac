package nl.berichtenbatch.validation.rules.declaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.state.Allocation;
import nl.berichtenbatch.state.Prestatie;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.PrestatieRule;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.RuleSpec;

@RuleSpec(id = "TR341", level = 3, retourcode = "9341", messages = MessageType.DECLARATIE,
        summary = "A prestatie is declared in the unit of its allocation (hours may be declared in minutes); for an "
                + "allocation without Omvang, in a unit contracted for the product.",
        assumption = "Without a contracts file the unit of a prestatie on an aspecific or generic allocation is not "
                + "checked; with one, the units contracted on the first day of the product period count.",
        data = "contracts file (units), for allocations without Omvang")
public final class EenheidMatchesTheAllocation implements Rule {

    private final Contracts contracts;

    public EenheidMatchesTheAllocation(Contracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (PrestatieRule.Line line : Lines.debits(context)) {
            Allocation a = Lines.allocation(context, line).orElse(null);
            if (a == null) {
                continue;
            }
            Prestatie p = line.prestatie();
            if (a.hasOmvang()) {
                boolean fits = p.eenheid().equals(a.eenheid())
                        || (Volumes.HOUR.equals(a.eenheid()) && Volumes.MINUTE.equals(p.eenheid()));
                if (!fits) {
                    findings.add(finding(Lines.at(line, "Eenheid"), "Eenheid " + p.eenheid() + " is not the unit "
                            + a.eenheid() + " of allocation " + a.toewijzingNummer() + "."));
                }
            } else if (contracts.configured()) {
                Set<String> units = contracts.units(context.scope(), p.categorie(), p.productCode(), p.periodeBegin());
                if (!units.isEmpty() && !units.contains(p.eenheid())) {
                    findings.add(finding(Lines.at(line, "Eenheid"), "Eenheid " + p.eenheid() + " is not a unit "
                            + "contracted for product " + p.categorie() + "/" + p.productCode() + " " + units + "."));
                }
            }
        }
        return findings;
    }
}
