package nl.berichtenbatch.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes valid messages (level 1, and the level-2 rules where the caller's values allow) of one standard between one
 * gemeente and one aanbieder, from a few named values, so that a test shows only what it is about. Every message gets
 * a new Identificatie per sender and type unless one is given with {@link #identificatie(String)}.
 */
public final class TestBerichten {

    private final Standard standard;
    private final String gemeente;
    private final String aanbieder;
    private String nextIdentificatie;
    private int sequence;

    private TestBerichten(Standard standard, String gemeente, String aanbieder) {
        this.standard = standard;
        this.gemeente = gemeente;
        this.aanbieder = aanbieder;
    }

    public static TestBerichten of(Standard standard, String gemeente, String aanbieder) {
        return new TestBerichten(standard, gemeente, aanbieder);
    }

    /** The iJw fixtures of processes.md §12: gemeente 0384, aanbieder 42420001. */
    public static TestBerichten ijw() {
        return of(Standard.IJW, "0384", "42420001");
    }

    /** The iWmo fixtures of processes.md §12: gemeente 0363, aanbieder 65656055. */
    public static TestBerichten iwmo() {
        return of(Standard.IWMO, "0363", "65656055");
    }

    public static TestBerichten of(String standard) {
        return standard.equals("ijw") ? ijw() : iwmo();
    }

    public Standard standard() {
        return standard;
    }

    public String gemeente() {
        return gemeente;
    }

    public String aanbieder() {
        return aanbieder;
    }

    /** The same standard between other parties. */
    public TestBerichten between(String otherGemeente, String otherAanbieder) {
        return new TestBerichten(standard, otherGemeente, otherAanbieder);
    }

    /** The Identificatie of the next message (for TR056 cases); afterwards they are generated again. */
    public TestBerichten identificatie(String identificatie) {
        this.nextIdentificatie = identificatie;
        return this;
    }

    // ---------------------------------------------------------------- messages

    public String toewijzing(String dagtekening, String bsn, Toegewezen... products) {
        Xml x = start(MessageType.TOEWIJZING, dagtekening);
        x.open("Client").el("Bsn", bsn);
        x.open("Geboortedatum").b("Datum", "2012-05-01").close();
        x.el("Geslacht", "1");
        x.open("Naam").open("Geslachtsnaam", true).b("Achternaam", "Jansen").close().b("Voorletters", "J")
                .b("NaamGebruik", "1").close();
        x.open("Contactgegevens").open("Contact").el("Soort", "01");
        x.open("Adres").open("Huis", true).b("Huisnummer", "12").close().b("Postcode", "1111AA")
                .b("Straatnaam", "Dorpsstraat").b("Plaatsnaam", "Diemen").b("LandCode", "NL").close();
        x.close().close();
        x.open("ToegewezenProducten");
        for (Toegewezen p : products) {
            x.open("ToegewezenProduct").el("ToewijzingNummer", p.nummer).optional("ReferentieAanbieder", p.referentie);
            product(x, p.categorie, p.code);
            x.el("Toewijzingsdatum", p.datum == null ? dagtekening : p.datum).el("Toewijzingstijd", p.tijd).el("Ingangsdatum", p.ingang)
                    .optional("Einddatum", p.eind).optional("RedenWijziging", p.reden);
            omvang(x, p.omvang);
            x.optional("Budget", p.budget).close();
        }
        x.close().close();
        return x.end();
    }

    public String start(String dagtekening, String bsn, Levering... products) {
        return delivery(MessageType.START, dagtekening, bsn, products);
    }

    public String stop(String dagtekening, String bsn, Levering... products) {
        return delivery(MessageType.STOP, dagtekening, bsn, products);
    }

    private String delivery(MessageType type, String dagtekening, String bsn, Levering... products) {
        Xml x = start(type, dagtekening);
        shortClient(x, bsn);
        String wrapper = type == MessageType.START ? "StartProduct" : "StopProduct";
        x.open(wrapper + "en");
        for (Levering p : products) {
            x.open(wrapper).optional("ToewijzingNummer", p.nummer);
            product(x, p.categorie, p.code);
            x.optional("ToewijzingIngangsdatum", p.toewijzingIngangsdatum).el("Begindatum", p.begin);
            if (type == MessageType.STOP) {
                x.el("RedenBeeindiging", p.reden).el("Einddatum", p.eind);
            }
            x.el("StatusAanlevering", p.status).close();
        }
        x.close().close();
        return x.end();
    }

    public String verzoekOmToewijzing(String dagtekening, String bsn, Aanvraag... products) {
        Xml x = start(MessageType.VERZOEK_OM_TOEWIJZING, dagtekening);
        shortClient(x, bsn);
        x.open("AangevraagdeProducten");
        for (Aanvraag p : products) {
            x.open("AangevraagdProduct").el("ReferentieAanbieder", p.referentie);
            product(x, p.categorie, p.code);
            x.el("ToewijzingIngangsdatum", p.ingang).optional("ToewijzingEinddatum", p.eind);
            omvang(x, p.omvang);
            x.optional("Budget", p.budget);
            x.open("Verwijzer").b("Type", "01").b("Naam", "Gemeente").close();
            x.close();
        }
        x.close().close();
        return x.end();
    }

    public String verzoekOmWijziging(String dagtekening, String bsn, String referentie, Wijziging... products) {
        Xml x = start(MessageType.VERZOEK_OM_WIJZIGING, dagtekening);
        x.open("Client").el("Bsn", bsn).open("Verzoek").el("ReferentieAanbieder", referentie).el("RedenVerzoek", "1");
        List<Wijziging> ongewijzigd = Arrays.stream(products).filter(p -> p.kind == Wijziging.Kind.ONGEWIJZIGD).toList();
        List<Wijziging> teWijzigen = Arrays.stream(products).filter(p -> p.kind == Wijziging.Kind.TE_WIJZIGEN).toList();
        List<Wijziging> nieuw = Arrays.stream(products).filter(p -> p.kind == Wijziging.Kind.NIEUW).toList();
        if (!ongewijzigd.isEmpty()) {
            x.open("OngewijzigdeProducten");
            ongewijzigd.forEach(p -> x.open("OngewijzigdProduct").el("ToewijzingNummer", p.nummer).close());
            x.close();
        }
        if (!teWijzigen.isEmpty()) {
            x.open("TeWijzigenProducten");
            for (Wijziging p : teWijzigen) {
                x.open("TeWijzigenProduct").el("ToewijzingNummer", p.nummer).el("GewensteIngangsdatum", p.gewenst)
                        .optional("Einddatum", p.eind);
                omvang(x, p.omvang);
                x.optional("Budget", p.budget).close();
            }
            x.close();
        }
        if (!nieuw.isEmpty()) {
            x.open("NieuweProducten");
            for (Wijziging p : nieuw) {
                x.open("NieuwProduct");
                product(x, p.categorie, p.code);
                x.el("GewensteIngangsdatum", p.gewenst).optional("Einddatum", p.eind);
                omvang(x, p.omvang);
                x.optional("Budget", p.budget).close();
            }
            x.close();
        }
        x.close().close();
        return x.end();
    }

    /** A 319; {@code reden} and {@code woonplaatsbeginsel} may be null. */
    public String antwoord(String dagtekening, String referentie, String verzoekAntwoord, String reden,
            String woonplaatsbeginsel) {
        Xml x = start(MessageType.ANTWOORD, dagtekening);
        x.open("Antwoord").el("ReferentieAanbieder", referentie).el("VerzoekAntwoord", verzoekAntwoord)
                .optional("RedenAfwijzingVerzoek", reden);
        if (woonplaatsbeginsel != null) {
            x.open("Woonplaatsbeginsel").el("Gemeente", woonplaatsbeginsel).close();
        }
        x.close();
        return x.end();
    }

    /** A 323 for one calendar month (period "2026-04") with the clients' prestaties; the total is their signed sum. */
    public String declaratie(String dagtekening, String nummer, String maand, Declarant... clients) {
        Xml x = start(MessageType.DECLARATIE, dagtekening);
        java.time.YearMonth month = java.time.YearMonth.parse(maand);
        long total = Arrays.stream(clients).flatMap(c -> c.prestaties.stream()).mapToLong(Regel::signed).sum();
        x.open("Declaratie").el("DeclaratieNummer", nummer);
        x.open("DeclaratiePeriode").b("Begindatum", month.atDay(1).toString()).b("Einddatum",
                month.atEndOfMonth().toString()).close();
        x.el("DeclaratieDagtekening", dagtekening);
        x.open("TotaalIngediendBedrag").b("TotaalBedrag", String.valueOf(Math.abs(total)))
                .b("DebetCredit", total < 0 ? "C" : "D").close();
        x.open("Clienten");
        for (Declarant client : clients) {
            x.open("Client").el("Bsn", client.bsn).open("Prestaties");
            client.prestaties.forEach(p -> regel(x, p, false));
            x.close().close();
        }
        x.close().close();
        return x.end();
    }

    /**
     * A 325 answering the 323 with this Identificatie and Dagtekening: everything approved (8001) when no client is
     * given, otherwise the returned clients with their prestaties, each with code {@code code}.
     */
    public String declaratieAntwoord(String dagtekening, String declaratieIdentificatie, String declaratieDagtekening,
            String nummer, long ingediend, long toegekend, String code, Declarant... returned) {
        Xml x = start(MessageType.DECLARATIE_ANTWOORD, dagtekening);
        x.replaceHeaderEnd(declaratieIdentificatie, declaratieDagtekening);
        x.open("DeclaratieAntwoord").el("DeclaratieNummer", nummer);
        x.open("TotaalIngediendBedrag").b("TotaalBedrag", String.valueOf(Math.abs(ingediend)))
                .b("DebetCredit", ingediend < 0 ? "C" : "D").close();
        x.open("TotaalToegekendBedrag").b("TotaalBedrag", String.valueOf(Math.abs(toegekend)))
                .b("DebetCredit", toegekend < 0 ? "C" : "D").close();
        if (returned.length > 0) {
            x.open("Clienten");
            for (Declarant client : returned) {
                x.open("Client").el("Bsn", client.bsn).open("Prestaties");
                client.prestaties.forEach(p -> {
                    regel(x, p, true);
                    x.insertBeforeLastClose("RetourCodes", code);
                });
                x.close();
                x.open("RetourCodes").el("RetourCode", "0200").close();
                x.close();
            }
            x.close();
        }
        x.open("RetourCodes").el("RetourCode", returned.length == 0 ? "8001" : "0200").close();
        x.close();
        return x.end();
    }

    private void regel(Xml x, Regel p, boolean keepOpen) {
        x.open("Prestatie").open("ProductReferentie", false).b("ReferentieNummer", p.referentie)
                .bOptional("VorigReferentieNummer", p.vorig).close();
        x.el("ToewijzingNummer", p.nummer).el("ProductCategorie", p.categorie).el("ProductCode", p.code);
        x.open("ProductPeriode").b("Begindatum", p.begin).b("Einddatum", p.eind).close();
        x.el("GeleverdVolume", p.volume).el("Eenheid", p.eenheid).optional("ProductTarief", p.tarief);
        x.open("IngediendBedrag").b("Bedrag", String.valueOf(p.bedrag())).b("DebetCredit", p.debetCredit).close();
        if (!keepOpen) {
            x.close();
        }
    }

    private static void shortClient(Xml x, String bsn) {
        x.open("Client").el("Bsn", bsn);
        x.open("Geboortedatum").b("Datum", "2012-05-01").close();
        x.el("Geslacht", "1");
        x.open("Naam").open("Geslachtsnaam", true).b("Achternaam", "Jansen").close().b("Voorletters", "J").close();
    }

    private static void product(Xml x, String categorie, String code) {
        if (categorie != null) {
            x.open("Product").b("Categorie", categorie).bOptional("Code", code).close();
        }
    }

    private static void omvang(Xml x, Omvang omvang) {
        if (omvang != null) {
            x.open("Omvang").b("Volume", String.valueOf(omvang.volume)).b("Eenheid", omvang.eenheid)
                    .b("Frequentie", omvang.frequentie).close();
        }
    }

    private Xml start(MessageType type, String dagtekening) {
        MessageKind kind = new MessageKind(standard, "3.2", type);
        String identificatie = nextIdentificatie != null ? nextIdentificatie
                : (type.sender() == MessageType.Sender.GEMEENTE ? "G" : "A") + type.number() + "-"
                        + String.format("%05d", ++sequence);
        nextIdentificatie = null;
        boolean fromGemeente = type.sender() == MessageType.Sender.GEMEENTE;
        return new Xml(kind, fromGemeente ? gemeente : aanbieder, fromGemeente ? aanbieder : gemeente, identificatie,
                dagtekening);
    }

    // ---------------------------------------------------------------- classes

    public static Toegewezen toegewezen(long nummer) {
        return new Toegewezen(nummer);
    }

    public static Levering levering(Long nummer) {
        return new Levering(nummer);
    }

    public static Aanvraag aanvraag(String referentie) {
        return new Aanvraag(referentie);
    }

    public static Wijziging ongewijzigd(long nummer) {
        Wijziging w = new Wijziging(Wijziging.Kind.ONGEWIJZIGD);
        w.nummer = String.valueOf(nummer);
        return w;
    }

    public static Wijziging teWijzigen(long nummer, String gewensteIngangsdatum) {
        Wijziging w = new Wijziging(Wijziging.Kind.TE_WIJZIGEN);
        w.nummer = String.valueOf(nummer);
        w.gewenst = gewensteIngangsdatum;
        return w;
    }

    public static Wijziging nieuw(String categorie, String code, String gewensteIngangsdatum) {
        Wijziging w = new Wijziging(Wijziging.Kind.NIEUW);
        w.categorie = categorie;
        w.code = code;
        w.gewenst = gewensteIngangsdatum;
        return w;
    }

    public static Regel prestatie(String referentie, long nummer) {
        return new Regel(referentie, nummer);
    }

    public static Declarant client(String bsn, Regel... prestaties) {
        return new Declarant(bsn, List.of(prestaties));
    }

    public record Omvang(long volume, String eenheid, String frequentie) {
    }

    public record Declarant(String bsn, List<Regel> prestaties) {
    }

    /** A ToegewezenProduct (301). */
    public static final class Toegewezen {
        final String nummer;
        String referentie;
        String categorie = "45";
        String code = "45A01";
        /** Toewijzingsdatum; null = the Dagtekening of the 301 that carries it. */
        String datum;
        String tijd = "12:00:00";
        String ingang = "2025-01-01";
        String eind = "2025-12-31";
        String reden;
        Omvang omvang = new Omvang(2, "04", "2");
        String budget;

        Toegewezen(long nummer) {
            this.nummer = String.valueOf(nummer);
        }

        public Toegewezen product(String cat, String productCode) {
            this.categorie = cat;
            this.code = productCode;
            return this;
        }

        /** A generic allocation: no Product, a Budget and no Omvang. */
        public Toegewezen generiek(long cents) {
            this.categorie = null;
            this.code = null;
            this.omvang = null;
            this.budget = String.valueOf(cents);
            return this;
        }

        /** An aspecific allocation: a category without code, no Omvang (and a Budget when given). */
        public Toegewezen aspecifiek(String cat, Long cents) {
            this.categorie = cat;
            this.code = null;
            this.omvang = null;
            this.budget = cents == null ? null : String.valueOf(cents);
            return this;
        }

        public Toegewezen toegewezenOp(String date, String time) {
            this.datum = date;
            this.tijd = time;
            return this;
        }

        public Toegewezen periode(String ingangsdatum, String einddatum) {
            this.ingang = ingangsdatum;
            this.eind = einddatum;
            return this;
        }

        public Toegewezen reden(String redenWijziging) {
            this.reden = redenWijziging;
            return this;
        }

        public Toegewezen omvang(long volume, String eenheid, String frequentie) {
            this.omvang = new Omvang(volume, eenheid, frequentie);
            return this;
        }

        public Toegewezen referentie(String referentieAanbieder) {
            this.referentie = referentieAanbieder;
            return this;
        }

        /** A Budget in cents next to whatever else is set (null: none). */
        public Toegewezen budget(Long cents) {
            this.budget = cents == null ? null : String.valueOf(cents);
            return this;
        }

        /** No Omvang, whatever the product. */
        public Toegewezen zonderOmvang() {
            this.omvang = null;
            return this;
        }

        /** Deleted: Einddatum = Ingangsdatum, RedenWijziging 13. */
        public Toegewezen verwijderd() {
            this.eind = ingang;
            this.reden = "13";
            return this;
        }
    }

    /** A StartProduct (305) or StopProduct (307). */
    public static final class Levering {
        final String nummer;
        String categorie = "45";
        String code = "45A01";
        String toewijzingIngangsdatum;
        String begin = "2025-01-05";
        String reden = "31";
        String eind = "2025-06-30";
        String status = "1";

        Levering(Long nummer) {
            this.nummer = nummer == null ? null : String.valueOf(nummer);
        }

        public Levering product(String cat, String productCode) {
            this.categorie = cat;
            this.code = productCode;
            return this;
        }

        public Levering toewijzingIngangsdatum(String date) {
            this.toewijzingIngangsdatum = date;
            return this;
        }

        public Levering begin(String begindatum) {
            this.begin = begindatum;
            return this;
        }

        public Levering stop(String redenBeeindiging, String einddatum) {
            this.reden = redenBeeindiging;
            this.eind = einddatum;
            return this;
        }

        /** StatusAanlevering 3: deletes the earlier delivery with the same key. */
        public Levering verwijder() {
            this.status = "3";
            return this;
        }
    }

    /** An AangevraagdProduct (315). */
    public static final class Aanvraag {
        final String referentie;
        String categorie = "45";
        String code = "45A01";
        String ingang = "2026-04-01";
        String eind = "2026-09-30";
        Omvang omvang = new Omvang(2, "04", "2");
        String budget;

        Aanvraag(String referentie) {
            this.referentie = referentie;
        }

        public Aanvraag product(String cat, String productCode) {
            this.categorie = cat;
            this.code = productCode;
            return this;
        }

        public Aanvraag periode(String ingangsdatum, String einddatum) {
            this.ingang = ingangsdatum;
            this.eind = einddatum;
            return this;
        }

        public Aanvraag omvang(long volume, String eenheid, String frequentie) {
            this.omvang = new Omvang(volume, eenheid, frequentie);
            return this;
        }

        /** A Budget in cents next to whatever else is set (null: none). */
        public Aanvraag budget(Long cents) {
            this.budget = cents == null ? null : String.valueOf(cents);
            return this;
        }

        /** No Omvang, whatever the product. */
        public Aanvraag zonderOmvang() {
            this.omvang = null;
            return this;
        }
    }

    /** An OngewijzigdProduct, TeWijzigenProduct or NieuwProduct (317). */
    public static final class Wijziging {
        enum Kind { ONGEWIJZIGD, TE_WIJZIGEN, NIEUW }

        final Kind kind;
        String nummer;
        String categorie;
        String code;
        String gewenst;
        String eind;
        Omvang omvang;
        String budget;

        Wijziging(Kind kind) {
            this.kind = kind;
        }

        public Wijziging eind(String einddatum) {
            this.eind = einddatum;
            return this;
        }

        public Wijziging omvang(long volume, String eenheid, String frequentie) {
            this.omvang = new Omvang(volume, eenheid, frequentie);
            return this;
        }

        public Wijziging budget(long cents) {
            this.budget = String.valueOf(cents);
            return this;
        }
    }

    /** A Prestatie (323). */
    public static final class Regel {
        final String referentie;
        final String nummer;
        String vorig;
        String categorie = "45";
        String code = "45A01";
        String begin = "2026-04-01";
        String eind = "2026-04-30";
        String volume = "8";
        String eenheid = "04";
        String tarief = "6500";
        Long bedrag;
        String debetCredit = "D";

        Regel(String referentie, long nummer) {
            this.referentie = referentie;
            this.nummer = String.valueOf(nummer);
        }

        public Regel product(String cat, String productCode) {
            this.categorie = cat;
            this.code = productCode;
            return this;
        }

        public Regel periode(String begindatum, String einddatum) {
            this.begin = begindatum;
            this.eind = einddatum;
            return this;
        }

        /** Volume, unit and tariff; the amount is volume x tariff unless set with {@link #bedrag(long)}. */
        public Regel geleverd(long volume, String eenheid, Long tarief) {
            this.volume = String.valueOf(volume);
            this.eenheid = eenheid;
            this.tarief = tarief == null ? null : String.valueOf(tarief);
            return this;
        }

        /** Euros (83): the amount in cents is the volume, no tariff. */
        public Regel euros(long cents) {
            return geleverd(cents, "83", null);
        }

        public Regel bedrag(long cents) {
            this.bedrag = cents;
            return this;
        }

        /** A credit of an earlier debit: everything else as that debit. */
        public Regel credit(String vorigReferentieNummer) {
            this.vorig = vorigReferentieNummer;
            this.debetCredit = "C";
            return this;
        }

        public long toewijzingNummer() {
            return Long.parseLong(nummer);
        }

        long bedrag() {
            if (bedrag != null) {
                return bedrag;
            }
            return tarief == null ? Long.parseLong(volume) : Long.parseLong(volume) * Long.parseLong(tarief);
        }

        long signed() {
            return "C".equals(debetCredit) ? -bedrag() : bedrag();
        }
    }

    // ---------------------------------------------------------------- writing

    /** A tiny writer for the message and basisschema namespaces of one message. */
    private static final class Xml {
        private final StringBuilder text = new StringBuilder();
        private final List<String> open = new ArrayList<>();
        private final List<Boolean> openBasis = new ArrayList<>();
        private final String m;
        private final String b;

        Xml(MessageKind kind, String afzender, String ontvanger, String identificatie, String dagtekening) {
            this.m = kind.standard().messagePrefix().toLowerCase() + kind.type().number();
            this.b = kind.standard().id();
            text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(m).append(":Bericht xmlns:").append(m)
                    .append("=\"").append(kind.namespace()).append("\" xmlns:").append(b).append("=\"")
                    .append(kind.basisschemaNamespace()).append("\">");
            open("Header").el("BerichtCode", kind.berichtCode()).el("BerichtVersie", "3").el("BerichtSubversie", "2")
                    .el("Afzender", afzender).el("Ontvanger", ontvanger);
            open("BerichtIdentificatie").b("Identificatie", identificatie).b("Dagtekening", dagtekening).close();
            open("XsdVersie").b("BasisschemaXsdVersie", "1.0.0").b("BerichtXsdVersie", "1.0.0").close();
            close();
        }

        /** The 325 header continues after XsdVersie: re-open it for DeclaratieIdentificatie and the rest. */
        void replaceHeaderEnd(String identificatie, String dagtekening) {
            int at = text.lastIndexOf("</" + m + ":Header>");
            text.setLength(at);
            open.add("Header");
            openBasis.add(false);
            open("DeclaratieIdentificatie").b("Identificatie", identificatie).b("Dagtekening", dagtekening).close();
            open("XsdVersieDeclaratie").b("BasisschemaXsdVersie", "1.0.0").b("BerichtXsdVersie", "1.0.0").close();
            open("RetourCodes").el("RetourCode", "0200").close();
            close();
        }

        Xml open(String name) {
            return open(name, false);
        }

        Xml open(String name, boolean basis) {
            text.append('<').append(basis ? b : m).append(':').append(name).append('>');
            open.add(name);
            openBasis.add(basis);
            return this;
        }

        Xml close() {
            int last = open.size() - 1;
            text.append("</").append(openBasis.get(last) ? b : m).append(':').append(open.get(last)).append('>');
            open.remove(last);
            openBasis.remove(last);
            return this;
        }

        /** Closes the open element after adding {@code <wrapper><RetourCode>code</RetourCode></wrapper>}. */
        void insertBeforeLastClose(String wrapper, String code) {
            open(wrapper).el("RetourCode", code).close();
            close();
        }

        Xml el(String name, String value) {
            text.append('<').append(m).append(':').append(name).append('>').append(value).append("</").append(m)
                    .append(':').append(name).append('>');
            return this;
        }

        Xml optional(String name, String value) {
            return value == null ? this : el(name, value);
        }

        Xml b(String name, String value) {
            text.append('<').append(b).append(':').append(name).append('>').append(value).append("</").append(b)
                    .append(':').append(name).append('>');
            return this;
        }

        Xml bOptional(String name, String value) {
            return value == null ? this : b(name, value);
        }

        String end() {
            while (!open.isEmpty()) {
                close();
            }
            return text.append("</").append(m).append(":Bericht>\n").toString();
        }
    }
}
