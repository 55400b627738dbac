package nl.berichtenbatch.validation.rules.variant;

import static nl.berichtenbatch.message.TestBerichten.aanvraag;
import static nl.berichtenbatch.message.TestBerichten.nieuw;
import static nl.berichtenbatch.message.TestBerichten.ongewijzigd;
import static nl.berichtenbatch.message.TestBerichten.toegewezen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.berichtenbatch.contract.Contracts;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.state.History;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.rules.RuleCatalogue;
import nl.berichtenbatch.validation.rules.RuleTestSupport;
import nl.berichtenbatch.validation.rules.TestContracts;

/**
 * The allocation tables of variants.md §2.1 and §2.2 written out again from the document (not from the rule), each
 * row as the product class that fits it, and the invalid combinations around each row with the rules that catch them:
 * the level-2 rules of the standard (§2.3) or BB101 for what the standard leaves alone.
 */
final class AllocationTables {

    static final String BSN = "999900006";

    /** One row: the product class that fits it (specific 45/45A04, iJw aspecific 45 or LTA 55, generic). */
    record Row(String id, Variant variant, String categorie, String code, Long budget, String eenheid,
            String frequentie, boolean einddatumRequired) {

        Shape shape() {
            return new Shape(categorie, code, budget, eenheid, frequentie, einddatumRequired);
        }

        boolean specific() {
            return code != null;
        }
    }

    /** What a product class holds; {@code einddatum} says whether it has one (2026-12-31). */
    record Shape(String categorie, String code, Long budget, String eenheid, String frequentie, boolean einddatum) {

        Shape withEinddatum(boolean filled) {
            return new Shape(categorie, code, budget, eenheid, frequentie, filled);
        }

        Shape withBudget(Long cents) {
            return new Shape(categorie, code, cents, eenheid, frequentie, einddatum);
        }

        Shape withOmvang(String unit, String frequency) {
            return new Shape(categorie, code, budget, unit, frequency, einddatum);
        }

        Shape withCategorie(String other) {
            return new Shape(other, code, budget, eenheid, frequentie, einddatum);
        }
    }

    /** An invalid combination: the shape under a variant, and the rules of which at least one must catch it. */
    record Invalid(String row, String what, Variant variant, Shape shape, Set<String> caughtBy) {
        @Override
        public String toString() {
            return row + " " + what;
        }
    }

    private static final Variant I = Variant.INSPANNINGSGERICHT;
    private static final Variant O = Variant.OUTPUTGERICHT;

    static final List<Row> ROWS = List.of(
            specific("I1", I, "01", "1", false), specific("I2", I, "01", "2", true),
            specific("I3", I, "01", "4", false), specific("I4", I, "01", "6", false),
            specific("I5", I, "04", "1", false), specific("I6", I, "04", "2", true),
            specific("I7", I, "04", "4", false), specific("I8", I, "04", "6", false),
            specific("I9", I, "16", "2", true), specific("I10", I, "16", "4", false),
            specific("I11", I, "16", "6", false), specific("I12", I, "14", "2", true),
            specific("I13", I, "14", "4", false), specific("I14", I, "14", "6", false),
            specific("I15", I, "84", "2", true), specific("I16", I, "84", "4", false),
            specific("I17", I, "84", "6", false),
            new Row("I18", I, "45", null, null, null, null, false),
            new Row("I19", I, "45", null, 100000L, null, null, true),
            new Row("I20", I, null, null, 500000L, null, null, true),
            specific("O1", O, "82", "1", false), specific("O2", O, "82", "2", true),
            specific("O3", O, "82", "4", false), specific("O4", O, "82", "6", false),
            specific("O5", O, "83", "2", true), specific("O6", O, "83", "4", false),
            specific("O7", O, "83", "6", false), specific("O8", O, "83", "6", true),
            new Row("O9", O, "55", null, 100000L, null, null, true),
            new Row("O10", O, "55", null, null, null, null, false),
            new Row("O11", O, null, null, 500000L, null, null, true));

    private static Row specific(String id, Variant variant, String eenheid, String frequentie, boolean einddatum) {
        return new Row(id, variant, "45", "45A04", null, eenheid, frequentie, einddatum);
    }

    private AllocationTables() {
    }

    /** Every invalid combination around every row, with the rules that catch it. */
    static List<Invalid> invalidCombinations() {
        List<Invalid> all = new ArrayList<>();
        for (Row row : ROWS) {
            Shape shape = row.shape();
            all.add(new Invalid(row.id(), "under taakgericht", Variant.TAAKGERICHT, shape, Set.of("BB101")));
            Variant other = row.variant() == I ? O : I;
            if (row.categorie() != null) {
                // a generic product looks the same under both variants (I20, O11)
                all.add(new Invalid(row.id(), "under " + other.code(), other, shape, Set.of("BB101")));
            }
            if (row.einddatumRequired() && !row.id().equals("O8")) {
                all.add(new Invalid(row.id(), "without Einddatum", row.variant(), shape.withEinddatum(false),
                        Set.of("CD075", "CD076")));
            }
            if (row.specific()) {
                all.add(new Invalid(row.id(), "without Omvang", row.variant(), shape.withOmvang(null, null),
                        Set.of("CD041")));
                all.add(new Invalid(row.id(), "with a Budget", row.variant(), shape.withBudget(50000L)
                        .withEinddatum(true), Set.of("CD077", "CD078")));
                if (Set.of("14", "16", "83", "84").contains(row.eenheid())) {
                    all.add(new Invalid(row.id(), "per day", row.variant(), shape.withOmvang(row.eenheid(), "1"),
                            Set.of("CS338", "CS343")));
                }
            } else {
                all.add(new Invalid(row.id(), "with an Omvang", row.variant(), shape.withOmvang("04", "4"),
                        Set.of("CD077", "CD078", "CD080", "CD095", "CD096")));
            }
            if (row.categorie() != null && !row.specific()) {
                String otherCategorie = row.categorie().equals("55") ? "45" : "55";
                all.add(new Invalid(row.id(), "in category " + otherCategorie + " (LTA footnote)", row.variant(),
                        shape.withCategorie(otherCategorie), Set.of("BB101")));
            }
            if (row.categorie() == null) {
                all.add(new Invalid(row.id(), "without Budget", row.variant(), shape.withBudget(null),
                        Set.of("CD079")));
            }
        }
        return all;
    }

    /** A 301, 315 or 317 (NieuwProduct next to an OngewijzigdProduct) holding one product class of this shape, from 2026-01-01. */
    static String message(TestBerichten m, MessageType type, Shape s) {
        String end = s.einddatum() ? "2026-12-31" : null;
        return switch (type) {
            case TOEWIJZING -> {
                TestBerichten.Toegewezen p = toegewezen(1).product(s.categorie(), s.code()).periode("2026-01-01", end)
                        .budget(s.budget());
                yield m.toewijzing("2025-12-15", BSN, s.eenheid() == null ? p.zonderOmvang()
                        : p.omvang(5, s.eenheid(), s.frequentie()));
            }
            case VERZOEK_OM_TOEWIJZING -> {
                TestBerichten.Aanvraag p = aanvraag("R1").product(s.categorie(), s.code()).periode("2026-01-01", end)
                        .budget(s.budget());
                yield m.verzoekOmToewijzing("2025-12-15", BSN, s.eenheid() == null ? p.zonderOmvang()
                        : p.omvang(5, s.eenheid(), s.frequentie()));
            }
            case VERZOEK_OM_WIJZIGING -> {
                TestBerichten.Wijziging p = nieuw(s.categorie(), s.code(), "2026-01-01").eind(end);
                if (s.budget() != null) {
                    p.budget(s.budget());
                }
                if (s.eenheid() != null) {
                    p.omvang(5, s.eenheid(), s.frequentie());
                }
                // TR352: a 317 names a current allocation too
                yield m.verzoekOmWijziging("2025-12-15", BSN, "R2", ongewijzigd(4711), p);
            }
            default -> throw new IllegalArgumentException(type.toString());
        };
    }

    /** Contracts of the fixture pair making categories 45 and 55 (and so the generic product) this variant. */
    static Contracts contracts(Variant variant) {
        return TestContracts.of(TestContracts.row(3, "45", null, variant, "04", 6500L),
                TestContracts.row(4, "55", null, variant, "04", 6500L));
    }

    private static final List<Rule> LEVEL_2 = RuleCatalogue.all().stream().filter(r -> r.spec().level() == 2).toList();

    /** The findings of the standard's level-2 rules for the message and of the rule, as the engine would give. */
    static List<Finding> level2And(Rule rule, String xml) {
        MessageRead read = RuleTestSupport.read(xml);
        RuleContext context = new RuleContext(read, Scope.of(read.kind(), read.header()), History.EMPTY, bsn -> bsn,
                RuleTestSupport.RUN_DATE);
        List<Finding> findings = new ArrayList<>();
        for (Rule level2 : LEVEL_2) {
            if (List.of(level2.spec().messages()).contains(read.kind().type())) {
                findings.addAll(level2.check(context));
            }
        }
        findings.addAll(rule.check(context));
        return findings;
    }
}
