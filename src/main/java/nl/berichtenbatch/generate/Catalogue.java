package nl.berichtenbatch.generate;

import java.util.List;

import nl.berichtenbatch.message.Standard;

/**
 * The reference data the generator draws from: products per standard with their usual units and contract
 * tariffs, real CBS gemeenten with streets and postcode ranges, and Dutch names. All of it is fictitious except
 * the codes the standard fixes (categories, units, frequencies, gemeentecodes).
 */
final class Catalogue {

    private Catalogue() {
    }

    /** Eenheid (WJ756) and Frequentie codes used here. */
    static final String UUR = "04";
    static final String DAGDEEL = "16";
    static final String ETMAAL = "14";
    static final String STUKS_OUTPUT = "82";
    static final String STUKS_INSPANNING = "84";
    static final String PER_WEEK = "2";
    static final String PER_MAAND = "4";

    /**
     * A product as a gemeente allocates it.
     *
     * @param tariff      contract tariff in eurocent per eenheid in the story's first year
     * @param daily       the volume counts days (etmalen per month up to 31): declared volume = days delivered
     * @param description a short Dutch description for Commentaar
     */
    record Product(Standard standard, String categorie, String code, String eenheid, String frequentie,
            int minVolume, int maxVolume, long tariff, boolean daily, int weight, String description) {

        String variant() {
            return eenheid.equals(STUKS_OUTPUT) ? "outputgericht" : "inspanningsgericht";
        }

        String unitName(int volume) {
            String unit = switch (eenheid) {
                case UUR -> "uur";
                case DAGDEEL -> volume == 1 ? "dagdeel" : "dagdelen";
                case ETMAAL -> volume == 1 ? "etmaal" : "etmalen";
                default -> "stuks";
            };
            return volume + " " + unit + (frequentie.equals(PER_WEEK) ? " per week" : " per maand");
        }
    }

    static final List<Product> IJW_PRODUCTS = List.of(
            new Product(Standard.IJW, "45", "45A01", UUR, PER_WEEK, 1, 4, 6250, false, 30,
                    "Ambulante jeugdhulp thuis en op school"),
            new Product(Standard.IJW, "45", "45A04", UUR, PER_WEEK, 1, 3, 8900, false, 10,
                    "Specialistische ambulante jeugdhulp"),
            new Product(Standard.IJW, "41", "41A01", DAGDEEL, PER_WEEK, 1, 5, 7850, false, 12,
                    "Dagbehandeling in de groep"),
            new Product(Standard.IJW, "54", "54A01", UUR, PER_MAAND, 4, 12, 11900, false, 14,
                    "Behandeling jeugd-ggz"),
            new Product(Standard.IJW, "40", "40A01", UUR, PER_WEEK, 1, 3, 5600, false, 6,
                    "Persoonlijke verzorging"),
            new Product(Standard.IJW, "42", "42A01", STUKS_INSPANNING, PER_WEEK, 2, 10, 1850, false, 5,
                    "Vervoer naar de dagbehandeling"),
            new Product(Standard.IJW, "43", "43A01", ETMAAL, PER_MAAND, 31, 31, 24500, true, 6,
                    "Verblijf met behandeling"),
            new Product(Standard.IJW, "48", "48A01", STUKS_OUTPUT, PER_MAAND, 1, 1, 162500, false, 7,
                    "Jeugdbescherming, maandtarief"));

    static final List<Product> IWMO_PRODUCTS = List.of(
            new Product(Standard.IWMO, "01", "01A01", UUR, PER_WEEK, 2, 4, 3350, false, 25,
                    "Hulp bij het huishouden"),
            new Product(Standard.IWMO, "02", "02A01", UUR, PER_WEEK, 1, 4, 5480, false, 25,
                    "Individuele begeleiding thuis"),
            new Product(Standard.IWMO, "03", "03A01", UUR, PER_WEEK, 1, 5, 5150, false, 10,
                    "Persoonlijke verzorging"),
            new Product(Standard.IWMO, "07", "07A01", DAGDEEL, PER_WEEK, 1, 4, 4150, false, 15,
                    "Dagbesteding in de wijk"),
            new Product(Standard.IWMO, "04", "04A01", ETMAAL, PER_MAAND, 2, 8, 12800, false, 5,
                    "Kortdurend verblijf ter ontlasting van de mantelzorger"),
            new Product(Standard.IWMO, "15", "15A01", ETMAAL, PER_MAAND, 31, 31, 11900, true, 6,
                    "Beschermd wonen"),
            new Product(Standard.IWMO, "08", "08A01", STUKS_INSPANNING, PER_WEEK, 2, 6, 1450, false, 6,
                    "Vervoer naar de dagbesteding"),
            new Product(Standard.IWMO, "10", "10A01", STUKS_OUTPUT, PER_MAAND, 1, 1, 45000, false, 4,
                    "Maatwerkarrangement, maandtarief"));

    static List<Product> products(Standard standard) {
        return standard == Standard.IJW ? IJW_PRODUCTS : IWMO_PRODUCTS;
    }

    static Product product(String code) {
        for (List<Product> list : List.of(IJW_PRODUCTS, IWMO_PRODUCTS)) {
            for (Product p : list) {
                if (p.code().equals(code)) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException(code);
    }

    /** What an aanbieder of a kind offers, by product code. */
    record AanbiederProfile(Standard standard, String name, List<String> productCodes, int weight) {
    }

    /** The aanbieders a gemeente contracts, per standard. */
    static final List<AanbiederProfile> PROFILES = List.of(
            new AanbiederProfile(Standard.IJW, "Jeugdhulp Amstelland", List.of("45A01", "45A04", "40A01"), 5),
            new AanbiederProfile(Standard.IJW, "Kinder-ggz De Horizon", List.of("54A01", "45A04"), 3),
            new AanbiederProfile(Standard.IJW, "Dagbehandeling De Boomgaard", List.of("41A01", "42A01", "45A01"), 3),
            new AanbiederProfile(Standard.IJW, "Gecertificeerde instelling Regio", List.of("48A01"), 2),
            new AanbiederProfile(Standard.IJW, "Residentiele jeugdzorg De Linde", List.of("43A01", "45A01"), 2),
            new AanbiederProfile(Standard.IWMO, "Thuiszorg Zuid", List.of("01A01", "03A01"), 5),
            new AanbiederProfile(Standard.IWMO, "Begeleiding Plus", List.of("02A01", "07A01", "08A01"), 4),
            new AanbiederProfile(Standard.IWMO, "Zorggroep Het Anker", List.of("03A01", "04A01", "01A01"), 3),
            new AanbiederProfile(Standard.IWMO, "Beschermd Wonen De Brug", List.of("15A01", "02A01", "10A01"), 2));

    /** The products of the aanbieder whose workspace is generated (role aanbieder): a broad provider. */
    static final List<String> OWN_AANBIEDER_IJW = List.of("45A01", "41A01", "54A01", "42A01", "48A01");
    static final List<String> OWN_AANBIEDER_IWMO = List.of("01A01", "02A01", "03A01", "07A01", "15A01");

    /** A real CBS gemeente with the streets and postcode range its clients live in. */
    record Gemeente(String code, String name, int postcodeFrom, int postcodeTo, List<String> streets, int weight) {
    }

    static final List<Gemeente> GEMEENTEN = List.of(
            new Gemeente("0363", "Amsterdam", 1011, 1109, List.of("Pretoriusstraat", "Slotermeerlaan", "Javastraat",
                    "Kinkerstraat", "Jan Evertsenstraat", "Bos en Lommerweg", "Meeuwenlaan", "Rijnstraat",
                    "Osdorpplein", "Van Woustraat", "Admiraal de Ruijterweg", "Dapperstraat"), 6),
            new Gemeente("0599", "Rotterdam", 3011, 3089, List.of("Beijerlandselaan", "Zwart Janstraat",
                    "Nieuwe Binnenweg", "Groene Hilledijk", "Schiedamseweg", "Kleiweg", "Mathenesserlaan",
                    "Dordtselaan", "Bergweg", "Zuidplein"), 5),
            new Gemeente("0344", "Utrecht", 3511, 3585, List.of("Amsterdamsestraatweg", "Kanaalweg", "Biltstraat",
                    "Vleutenseweg", "Marnixlaan", "Merelstraat", "Columbusweg", "Kardinaal de Jongweg"), 4),
            new Gemeente("0518", "'s-Gravenhage", 2511, 2597, List.of("Laan van Meerdervoort", "Weimarstraat",
                    "Fahrenheitstraat", "Paul Krugerlaan", "Hoefkade", "Loosduinseweg", "Vaillantlaan"), 4),
            new Gemeente("0772", "Eindhoven", 5611, 5658, List.of("Kruisstraat", "Boschdijk", "Hoogstraat",
                    "Tongelresestraat", "Woenselse Markt", "Aalsterweg"), 3),
            new Gemeente("0014", "Groningen", 9711, 9747, List.of("Paterswoldseweg", "Korreweg", "Damsterdiep",
                    "Hoornsediep", "Oosterhamrikkade", "Helperzoom"), 3),
            new Gemeente("0153", "Enschede", 7511, 7546, List.of("Haaksbergerstraat", "Oldenzaalsestraat",
                    "Deurningerstraat", "Lasondersingel", "Hengelosestraat"), 2));

    /** Achternaam and voorvoegsel (empty when none). */
    record Surname(String achternaam, String voorvoegsel) {
    }

    static final List<Surname> SURNAMES = List.of(new Surname("Jong", "de"), new Surname("Jansen", ""),
            new Surname("Vries", "de"), new Surname("Bakker", ""), new Surname("Visser", ""), new Surname("Smit", ""),
            new Surname("Meer", "van der"), new Surname("Boer", "de"), new Surname("Mulder", ""),
            new Surname("Groot", "de"), new Surname("Bos", ""), new Surname("Vos", ""), new Surname("Peters", ""),
            new Surname("Hendriks", ""), new Surname("Leeuwen", "van"), new Surname("Dijk", "van"),
            new Surname("Berg", "van den"), new Surname("Brink", "van den"), new Surname("Kaya", ""),
            new Surname("Yilmaz", ""), new Surname("El Amrani", ""), new Surname("Dekker", ""), new Surname("Wit", "de"),
            new Surname("Dam", "van"), new Surname("Vermeulen", ""), new Surname("Beek", "van"),
            new Surname("Graaf", "de"), new Surname("Koster", ""), new Surname("Prins", ""), new Surname("Postma", ""),
            new Surname("Wijk", "van"), new Surname("Hoekstra", ""), new Surname("Sanders", ""),
            new Surname("Bouali", ""), new Surname("Çelik", ""), new Surname("Haan", "de"));

    static final List<String> BOYS = List.of("Daan", "Sem", "Levi", "Finn", "Luuk", "Milan", "Noah", "Bram", "Jesse",
            "Thijs", "Mees", "Lucas", "Adam", "Mohammed", "Yusuf", "Ryan", "Jayden", "Sven", "Ruben", "Stijn");
    static final List<String> GIRLS = List.of("Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Yara",
            "Eva", "Lotte", "Noor", "Liv", "Fenna", "Saar", "Lieke", "Anna", "Fleur", "Amira", "Nina");
    static final List<String> MEN = List.of("Jan", "Cornelis", "Hendrik", "Willem", "Gerrit", "Pieter", "Johannes",
            "Kees", "Henk", "Dirk", "Theo", "Gerard", "Ahmed", "Mustafa", "Frans", "Bert", "Jacobus", "Klaas", "Rob",
            "Hans", "Mark", "Thomas", "Dennis", "Martijn", "Jeroen", "Sander");
    static final List<String> WOMEN = List.of("Maria", "Johanna", "Anna", "Cornelia", "Wilhelmina", "Elisabeth",
            "Hendrika", "Fatima", "Margaretha", "Catharina", "Ria", "Joke", "Annie", "Truus", "Els", "Ineke", "Greet",
            "Ans", "Tineke", "Linda", "Marieke", "Sanne", "Esther", "Iris", "Samira", "Kim");
}
