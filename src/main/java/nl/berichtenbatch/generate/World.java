package nl.berichtenbatch.generate;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import nl.berichtenbatch.config.Role;
import nl.berichtenbatch.generate.Catalogue.AanbiederProfile;
import nl.berichtenbatch.generate.Catalogue.Gemeente;
import nl.berichtenbatch.generate.Catalogue.Product;
import nl.berichtenbatch.message.Standard;

/**
 * Who is in the story: our own identity and the partners it exchanges messages with, as pairs (standard,
 * gemeente, aanbieder), each with the products of its contract and a tariff per calendar year. Made from the seed
 * alone, so every pass over the story sees the same world.
 */
final class World {

    /** Tariffs rise this much each 1 January (an indexation, as contracts have). */
    private static final BigDecimal INDEXATION = new BigDecimal("1.035");

    final Role role;
    final String identity;
    final List<Pair> pairs;
    private final int firstYear;
    private final int lastYear;

    private World(Role role, String identity, List<Pair> pairs, int firstYear, int lastYear) {
        this.role = role;
        this.identity = identity;
        this.pairs = pairs;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    static World create(Role role, Set<Standard> standards, long seed, LocalDate first, LocalDate last) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Pair> pairs = new ArrayList<>();
        Set<String> agbCodes = new LinkedHashSet<>();
        String identity;
        if (role == Role.GEMEENTE) {
            Gemeente own = Catalogue.GEMEENTEN.get(random.nextInt(3));
            identity = own.code();
            for (Standard standard : standards) {
                for (AanbiederProfile profile : Catalogue.PROFILES) {
                    if (profile.standard() == standard) {
                        String agb = agb(random, agbCodes);
                        pairs.add(new Pair(standard, own, agb, products(profile.productCodes()), profile.weight(),
                                random));
                    }
                }
            }
        } else {
            identity = agb(random, agbCodes);
            List<Gemeente> partners = new ArrayList<>(Catalogue.GEMEENTEN.subList(0, 3));
            partners.add(Catalogue.GEMEENTEN.get(3 + random.nextInt(Catalogue.GEMEENTEN.size() - 3)));
            for (Standard standard : standards) {
                List<String> codes = standard == Standard.IJW ? Catalogue.OWN_AANBIEDER_IJW
                        : Catalogue.OWN_AANBIEDER_IWMO;
                for (Gemeente gemeente : partners) {
                    pairs.add(new Pair(standard, gemeente, identity, products(codes), gemeente.weight(), random));
                }
            }
        }
        World world = new World(role, identity, pairs, first.getYear(), last.getYear());
        world.priceContracts(seed);
        return world;
    }

    private static List<Product> products(List<String> codes) {
        return codes.stream().map(Catalogue::product).toList();
    }

    /** A fictitious AGB code for an institution: eight digits, unique within the world. */
    private static String agb(SplittableRandom random, Set<String> taken) {
        while (true) {
            String code = (random.nextBoolean() ? "73" : "75") + String.format(Locale.ROOT, "%06d",
                    random.nextInt(1_000_000));
            if (taken.add(code)) {
                return code;
            }
        }
    }

    /** The contract tariff of a product for a pair on a date (the tariff valid on ProductPeriode/Begindatum). */
    long tariff(Pair pair, Product product, LocalDate date) {
        int year = Math.max(firstYear, Math.min(lastYear, date.getYear()));
        return pair.tariffs.get(product.code())[year - firstYear];
    }

    /** Writes contracts.csv (design.md 4.5): one row per pair, product and calendar year of the story. */
    void writeContracts(Writer out) throws IOException {
        out.write("gemeente,aanbieder,productcategorie,productcode,variant,eenheid,tarief,ingangsdatum,einddatum\n");
        for (Pair pair : pairs) {
            for (Product product : pair.products) {
                long[] tariffs = pair.tariffs.get(product.code());
                for (int year = firstYear; year <= lastYear; year++) {
                    String end = year == lastYear ? "" : LocalDate.of(year, 12, 31).toString();
                    out.write(String.join(",", pair.gemeente.code(), pair.agb, product.categorie(), product.code(),
                            product.variant(), product.eenheid(), String.valueOf(tariffs[year - firstYear]),
                            LocalDate.of(year, 1, 1).toString(), end));
                    out.write('\n');
                }
            }
        }
    }

    /** One gemeente and one aanbieder in one standard: the scope every cross-message rule works in. */
    static final class Pair {

        final Standard standard;
        final Gemeente gemeente;
        final String agb;
        final List<Product> products;
        final int weight;
        final Map<String, long[]> tariffs = new LinkedHashMap<>();
        /** The clients with something still to happen, in order of arrival. */
        final List<Story.Client> clients = new ArrayList<>();
        YearMonth lastPeriod;
        String lastDeclaratieNummer;
        String lastReferentie;
        long nextToewijzingNummer;

        Pair(Standard standard, Gemeente gemeente, String agb, List<Product> products, int weight,
                SplittableRandom random) {
            this.standard = standard;
            this.gemeente = gemeente;
            this.agb = agb;
            this.products = products;
            this.weight = weight;
            this.nextToewijzingNummer = 100_000 + random.nextInt(800_000) * 100L;
        }

        String gemeenteCode() {
            return gemeente.code();
        }
    }

    /** Fills the tariffs of every pair: the catalogue tariff, −6 % … +8 % per pair, indexed each year. */
    private void priceContracts(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        for (Pair pair : pairs) {
            for (Product product : pair.products) {
                long[] tariffs = new long[lastYear - firstYear + 1];
                BigDecimal tariff = BigDecimal.valueOf(product.tariff())
                        .multiply(BigDecimal.valueOf(94 + random.nextInt(15))).divide(BigDecimal.valueOf(100));
                for (int i = 0; i < tariffs.length; i++) {
                    // whole eurocents, rounded half-up (IV081)
                    tariffs[i] = tariff.setScale(0, RoundingMode.HALF_UP).longValueExact();
                    tariff = tariff.multiply(INDEXATION);
                }
                pair.tariffs.put(product.code(), tariffs);
            }
        }
    }
}
