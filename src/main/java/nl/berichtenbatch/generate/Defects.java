package nl.berichtenbatch.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.berichtenbatch.generate.Model.AangevraagdProduct;
import nl.berichtenbatch.generate.Model.Antwoord;
import nl.berichtenbatch.generate.Model.Body;
import nl.berichtenbatch.generate.Model.Declaratie;
import nl.berichtenbatch.generate.Model.DeclaratieClient;
import nl.berichtenbatch.generate.Model.Delivery;
import nl.berichtenbatch.generate.Model.DeliveryLine;
import nl.berichtenbatch.generate.Model.Message;
import nl.berichtenbatch.generate.Model.Prestatie;
import nl.berichtenbatch.generate.Model.TeWijzigenProduct;
import nl.berichtenbatch.generate.Model.ToegewezenProduct;
import nl.berichtenbatch.generate.Model.Toewijzing;
import nl.berichtenbatch.generate.Model.Vot;
import nl.berichtenbatch.generate.Model.Vow;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;

/**
 * The mistakes the generator makes on purpose: each one breaks exactly one rule of one level, and knows the
 * answer the receiver must give. Which messages get one, and which one, is decided with a random stream of its
 * own, so the share of errors does not change the story itself.
 */
final class Defects {

    /** Where the wrong file goes relative to the correct message it is derived from. */
    enum Mode {
        /** A failed attempt before the correct message (a rejected message counts as never sent). */
        BEFORE,
        /** A repetition after the correct message was accepted. */
        AFTER,
        /** One prestatie of the declaration itself is wrong; it is declared again, corrected, later. */
        IN_PLACE
    }

    /** Every kind of defect with its level, the rules it breaks and the retour codes they give. */
    enum Kind {
        BERICHTCODE_OF_OTHER_STANDARD(1, "", "", Mode.BEFORE),
        DAGTEKENING_WITH_TIME_ZONE(1, "", "", Mode.BEFORE),
        BSN_EIGHT_DIGITS(1, "", "", Mode.BEFORE),
        FILE_TRUNCATED(1, "", "", Mode.BEFORE),
        XSDVERSIE_MISSING(1, "", "", Mode.BEFORE),
        BSN_FAILS_ELFPROEF(2, "CS002", "0001", Mode.BEFORE),
        EINDDATUM_BEFORE_INGANGSDATUM(2, "CS003", "0001", Mode.BEFORE),
        STOP_EINDDATUM_BEFORE_BEGINDATUM(2, "TR018", "0001", Mode.BEFORE),
        STATUS_AANLEVERING_2(2, "CS058", "0001", Mode.BEFORE),
        TOTAAL_NOT_SUM_OF_PRESTATIES(2, "TR358", "0001", Mode.BEFORE),
        REJECTION_WITHOUT_REASON(2, "CD085", "0001", Mode.BEFORE),
        INVESTIGATION_WITH_REASON(2, "CD086", "0001", Mode.BEFORE),
        REUSED_IDENTIFICATIE(3, "TR056", "9056", Mode.BEFORE),
        DAGTEKENING_IN_THE_FUTURE(4, "TR135", "8848", Mode.BEFORE),
        START_WITHOUT_ALLOCATION(3, "TR019", "9019", Mode.BEFORE),
        DELETES_UNKNOWN_DELIVERY(3, "TR063", "9063", Mode.BEFORE),
        START_SENT_TWICE(3, "TR074 TR326", "9074 9326", Mode.AFTER),
        STOP_NOT_OF_CURRENT_START(3, "TR382", "9069", Mode.BEFORE),
        REUSED_REFERENTIE_AANBIEDER(3, "TR347", "9347", Mode.BEFORE),
        ANSWER_TO_UNKNOWN_REQUEST(3, "TR355", "9355", Mode.BEFORE),
        REFERENTIE_WITHOUT_REQUEST(3, "TR379", "9379", Mode.BEFORE),
        REUSED_DECLARATIENUMMER(3, "TR333", "9333", Mode.BEFORE),
        PRESTATIE_UNKNOWN_ALLOCATION(3, "TR338", "9338", Mode.IN_PLACE),
        AMOUNT_NOT_VOLUME_TIMES_TARIFF(4, "TR346", "9346", Mode.IN_PLACE);

        final int level;
        final String rules;
        final String codes;
        final Mode mode;

        Kind(int level, String rules, String codes, Mode mode) {
            this.level = level;
            this.rules = rules;
            this.codes = codes;
            this.mode = mode;
        }

        /** The name in the manifest, e.g. {@code bsn-fails-elfproef}. */
        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** What the story can tell a defect about the past (earlier identifications, numbers, references). */
    interface Memory {

        /** An Identificatie this sender used before for this kind of message, or null. */
        String earlierIdentificatie(String sender, MessageKind kind);

        /** A new Identificatie of the sender for this kind of message. */
        String newIdentificatie(String sender, MessageKind kind);

        /** A ToewijzingNummer that no gemeente ever issued. */
        long unknownToewijzingNummer();

        /** A ReferentieAanbieder that no aanbieder ever used. */
        String unknownReferentie(Standard standard);

        /** The day the set is made for; a Dagtekening after it is in the future. */
        LocalDate runDate();
    }

    private final SplittableRandom random;
    private final double share;
    private final GenerateOptions.ErrorMix mix;
    private int files;
    private int wrong;

    /** @param percent the share of files to make wrong, 0 … 100 */
    Defects(SplittableRandom random, int percent, GenerateOptions.ErrorMix mix) {
        this.random = random;
        this.share = percent / 100.0;
        this.mix = mix;
    }

    /** Counts a file as written, wrong or not, for the share. */
    void counted(boolean isWrong) {
        files++;
        if (isWrong) {
            wrong++;
        }
    }

    /**
     * Whether the next eligible message should get a defect: about the configured share of all files, spread
     * at random. Retours and 325s are never made wrong, so an eligible message is chosen more often than the share.
     */
    boolean due() {
        if (share <= 0) {
            return false;
        }
        double target = share * (files + 1);
        if (wrong < target - 2) {
            return true;
        }
        return wrong + 1 <= target + 1 && random.nextDouble() < Math.min(1.0, share * 1.8);
    }

    /** Picks a defect for a message: first the level by the mix (levels 3 and 4 together), then a kind. */
    Kind choose(List<Kind> applicable) {
        int roll = random.nextInt(mix.level1() + mix.level2() + mix.level3());
        int level = roll < mix.level1() ? 1 : roll < mix.level1() + mix.level2() ? 2 : 3;
        List<Kind> atLevel = applicable.stream().filter(k -> Math.min(k.level, 3) == level).toList();
        if (atLevel.isEmpty()) {
            return null;
        }
        List<Kind> from = atLevel;
        return from.get(random.nextInt(from.size()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /**
     * The kinds that fit a message: its type, its content and what the past offers (an earlier Identificatie to
     * reuse, …). In-place kinds are for the story to apply; they are listed only when {@code inPlace} is allowed.
     */
    static List<Kind> applicable(Message message, Memory memory, String earlierDeclaratieNummer,
            String earlierReferentie, boolean inPlace) {
        MessageType type = message.kind().type();
        Body body = message.body();
        List<Kind> kinds = new ArrayList<>(List.of(Kind.BERICHTCODE_OF_OTHER_STANDARD, Kind.DAGTEKENING_WITH_TIME_ZONE,
                Kind.FILE_TRUNCATED, Kind.XSDVERSIE_MISSING, Kind.DAGTEKENING_IN_THE_FUTURE));
        if (type != MessageType.ANTWOORD) {
            kinds.add(Kind.BSN_EIGHT_DIGITS);
            kinds.add(Kind.BSN_FAILS_ELFPROEF);
        }
        if (memory.earlierIdentificatie(message.header().afzender(), message.kind()) != null) {
            kinds.add(Kind.REUSED_IDENTIFICATIE);
        }
        switch (type) {
            case TOEWIJZING -> {
                kinds.add(Kind.EINDDATUM_BEFORE_INGANGSDATUM);
                if (firstWithoutReferentie(((Toewijzing) body).products()) >= 0) {
                    kinds.add(Kind.REFERENTIE_WITHOUT_REQUEST);
                }
            }
            case START -> {
                kinds.add(Kind.STATUS_AANLEVERING_2);
                kinds.add(Kind.START_WITHOUT_ALLOCATION);
                kinds.add(Kind.DELETES_UNKNOWN_DELIVERY);
                kinds.add(Kind.START_SENT_TWICE);
            }
            case STOP -> {
                kinds.add(Kind.STATUS_AANLEVERING_2);
                kinds.add(Kind.STOP_EINDDATUM_BEFORE_BEGINDATUM);
                kinds.add(Kind.DELETES_UNKNOWN_DELIVERY);
                kinds.add(Kind.STOP_NOT_OF_CURRENT_START);
            }
            case VERZOEK_OM_TOEWIJZING, VERZOEK_OM_WIJZIGING -> {
                kinds.add(Kind.EINDDATUM_BEFORE_INGANGSDATUM);
                if (earlierReferentie != null) {
                    kinds.add(Kind.REUSED_REFERENTIE_AANBIEDER);
                }
            }
            case ANTWOORD -> {
                kinds.add("1".equals(((Antwoord) body).verzoekAntwoord()) ? Kind.REJECTION_WITHOUT_REASON
                        : Kind.INVESTIGATION_WITH_REASON);
                kinds.add(Kind.ANSWER_TO_UNKNOWN_REQUEST);
            }
            case DECLARATIE -> {
                kinds.add(Kind.TOTAAL_NOT_SUM_OF_PRESTATIES);
                if (earlierDeclaratieNummer != null) {
                    kinds.add(Kind.REUSED_DECLARATIENUMMER);
                }
                if (inPlace) {
                    kinds.add(Kind.PRESTATIE_UNKNOWN_ALLOCATION);
                    kinds.add(Kind.AMOUNT_NOT_VOLUME_TIMES_TARIFF);
                }
            }
            default -> throw new IllegalArgumentException("no defects for " + type);
        }
        return kinds;
    }

    /** The wrong copy of a message for a copy defect (modes BEFORE and AFTER); level 1 is applied to the text. */
    static Message wrongCopy(Kind kind, Message message, Memory memory, String earlierDeclaratieNummer,
            String earlierReferentie, int offset) {
        Message copy = message.with(message.header().withIdentificatie(
                memory.newIdentificatie(message.header().afzender(), message.kind())));
        Body body = copy.body();
        return switch (kind) {
            case REUSED_IDENTIFICATIE -> copy.with(copy.header().withIdentificatie(
                    memory.earlierIdentificatie(message.header().afzender(), message.kind())));
            case DAGTEKENING_IN_THE_FUTURE -> copy.with(copy.header().withDagtekening(
                    memory.runDate().plusDays(1 + offset % 30)));
            case BSN_FAILS_ELFPROEF -> copy.with(withFailingBsn(body));
            case EINDDATUM_BEFORE_INGANGSDATUM -> copy.with(endBeforeStart(body));
            case STATUS_AANLEVERING_2 -> copy.with(firstLine((Delivery) body, line -> line.with(line.nummer(),
                    line.begindatum(), line.einddatum(), "2")));
            case STOP_EINDDATUM_BEFORE_BEGINDATUM -> copy.with(firstLine((Delivery) body, line -> line.with(
                    line.nummer(), line.begindatum(), line.begindatum().minusDays(1 + offset % 20), line.status())));
            case START_WITHOUT_ALLOCATION -> copy.with(firstLine((Delivery) body, line -> line.with(
                    memory.unknownToewijzingNummer(), line.begindatum(), line.einddatum(), line.status())));
            case DELETES_UNKNOWN_DELIVERY -> copy.with(firstLine((Delivery) body, line -> line.reden() == null
                    ? line.with(line.nummer(), line.begindatum().minusDays(1 + offset % 5), null, "3")
                    : otherReason(line)));
            case START_SENT_TWICE -> copy;
            case STOP_NOT_OF_CURRENT_START -> copy.with(firstLine((Delivery) body, line -> line.with(line.nummer(),
                    line.begindatum().minusDays(1 + offset % 3), line.einddatum(), line.status())));
            case REUSED_REFERENTIE_AANBIEDER -> copy.with(withReferentie(body, earlierReferentie));
            case ANSWER_TO_UNKNOWN_REQUEST -> {
                Antwoord a = (Antwoord) body;
                yield copy.with(new Antwoord(memory.unknownReferentie(message.kind().standard()),
                        a.verzoekAntwoord(), a.reden(), a.woonplaatsGemeente()));
            }
            case REJECTION_WITHOUT_REASON -> {
                Antwoord a = (Antwoord) body;
                yield copy.with(new Antwoord(a.referentie(), a.verzoekAntwoord(), null, null));
            }
            case INVESTIGATION_WITH_REASON -> {
                Antwoord a = (Antwoord) body;
                yield copy.with(new Antwoord(a.referentie(), a.verzoekAntwoord(), "7", null));
            }
            case REFERENTIE_WITHOUT_REQUEST -> {
                Toewijzing t = (Toewijzing) body;
                List<ToegewezenProduct> products = new ArrayList<>(t.products());
                int index = firstWithoutReferentie(products);
                products.set(index, products.get(index).withReferentie(memory.unknownReferentie(
                        message.kind().standard())));
                yield copy.with(new Toewijzing(t.client(), products));
            }
            case TOTAAL_NOT_SUM_OF_PRESTATIES -> {
                Declaratie d = (Declaratie) body;
                yield copy.with(new Declaratie(d.nummer(), d.periodeBegin(), d.periodeEind(), d.dagtekening(),
                        d.totaal() + 100 + offset % 900, d.clients()));
            }
            case REUSED_DECLARATIENUMMER -> {
                Declaratie d = (Declaratie) body;
                yield copy.with(new Declaratie(earlierDeclaratieNummer, d.periodeBegin(), d.periodeEind(),
                        d.dagtekening(), d.totaal(), d.clients()));
            }
            default -> copy;  // level 1: the text is changed when it is written
        };
    }

    /**
     * The in-place defects of a 323: prestatie {@code target} (index in document order) gets a ToewijzingNummer
     * that was never issued, or an amount that is not volume × tariff; the total follows, so that only that
     * prestatie is wrong.
     */
    static Declaratie inPlace(Kind kind, Declaratie d, int target, Memory memory) {
        List<DeclaratieClient> clients = new ArrayList<>();
        int index = 0;
        for (DeclaratieClient client : d.clients()) {
            List<Prestatie> prestaties = new ArrayList<>();
            for (Prestatie p : client.prestaties()) {
                if (index++ == target) {
                    p = kind == Kind.PRESTATIE_UNKNOWN_ALLOCATION
                            ? new Prestatie(p.referentie(), p.vorigReferentie(), memory.unknownToewijzingNummer(),
                                    p.categorie(), p.code(), p.begindatum(), p.einddatum(), p.volume(), p.eenheid(),
                                    p.tarief(), p.bedrag(), p.credit())
                            : new Prestatie(p.referentie(), p.vorigReferentie(), p.nummer(), p.categorie(),
                                    p.code(), p.begindatum(), p.einddatum(), p.volume(), p.eenheid(), p.tarief(),
                                    p.bedrag() + 100, p.credit());
                }
                prestaties.add(p);
            }
            clients.add(new DeclaratieClient(client.bsn(), prestaties));
        }
        return new Declaratie(d.nummer(), d.periodeBegin(), d.periodeEind(), d.dagtekening(), Declaratie.sum(clients),
                clients);
    }

    /**
     * A stop to delete that was never delivered: the same stop with another RedenBeeindiging (part of the key),
     * so that no date moves (an Einddatum after the Dagtekening would break a level-2 rule as well).
     */
    private static DeliveryLine otherReason(DeliveryLine line) {
        String other = line.reden().equals("02") ? "20" : "02";
        return new DeliveryLine(line.nummer(), line.categorie(), line.code(), line.toewijzingIngangsdatum(),
                line.begindatum(), other, line.einddatum(), "3");
    }

    /** TR379 applies to any ToegewezenProduct that carries a reference, so the first one without one will do. */
    private static int firstWithoutReferentie(List<ToegewezenProduct> products) {
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).referentie() == null) {
                return i;
            }
        }
        return -1;
    }

    private static Body withFailingBsn(Body body) {
        if (body instanceof Toewijzing t) {
            return new Toewijzing(t.client().withBsn(People.failingElfproef(t.client().bsn())), t.products());
        }
        if (body instanceof Delivery d) {
            return new Delivery(d.client().withBsn(People.failingElfproef(d.client().bsn())), d.lines());
        }
        if (body instanceof Vot v) {
            return new Vot(v.client().withBsn(People.failingElfproef(v.client().bsn())), v.gezagsdragerBekend(),
                    v.products());
        }
        if (body instanceof Vow v) {
            return new Vow(People.failingElfproef(v.bsn()), v.referentie(), v.redenVerzoek(), v.ongewijzigd(),
                    v.teWijzigen());
        }
        Declaratie d = (Declaratie) body;
        List<DeclaratieClient> clients = new ArrayList<>(d.clients());
        DeclaratieClient first = clients.get(0);
        clients.set(0, new DeclaratieClient(People.failingElfproef(first.bsn()), first.prestaties()));
        return new Declaratie(d.nummer(), d.periodeBegin(), d.periodeEind(), d.dagtekening(), d.totaal(), clients);
    }

    private static Body endBeforeStart(Body body) {
        if (body instanceof Toewijzing t) {
            List<ToegewezenProduct> products = new ArrayList<>(t.products());
            ToegewezenProduct first = products.get(0);
            products.set(0, first.withEinddatum(first.ingangsdatum().minusDays(1)));
            return new Toewijzing(t.client(), products);
        }
        if (body instanceof Vot v) {
            List<AangevraagdProduct> products = new ArrayList<>(v.products());
            AangevraagdProduct first = products.get(0);
            products.set(0, first.with(first.referentie(), first.ingangsdatum().minusDays(1)));
            return new Vot(v.client(), v.gezagsdragerBekend(), products);
        }
        Vow v = (Vow) body;
        List<TeWijzigenProduct> products = new ArrayList<>(v.teWijzigen());
        TeWijzigenProduct first = products.get(0);
        products.set(0, new TeWijzigenProduct(first.nummer(), first.gewensteIngangsdatum(),
                first.gewensteIngangsdatum().minusDays(1), first.omvang()));
        return new Vow(v.bsn(), v.referentie(), v.redenVerzoek(), v.ongewijzigd(), products);
    }

    private static Body withReferentie(Body body, String referentie) {
        if (body instanceof Vot v) {
            List<AangevraagdProduct> products = new ArrayList<>(v.products());
            AangevraagdProduct first = products.get(0);
            products.set(0, first.with(referentie, first.einddatum()));
            return new Vot(v.client(), v.gezagsdragerBekend(), products);
        }
        Vow v = (Vow) body;
        return new Vow(v.bsn(), referentie, v.redenVerzoek(), v.ongewijzigd(), v.teWijzigen());
    }

    private static Delivery firstLine(Delivery d, java.util.function.UnaryOperator<DeliveryLine> change) {
        List<DeliveryLine> lines = new ArrayList<>(d.lines());
        lines.set(0, change.apply(lines.get(0)));
        return new Delivery(d.client(), lines);
    }

    private static final Pattern BERICHTCODE = Pattern.compile(":BerichtCode>(\\d{3})<");
    private static final Pattern DAGTEKENING = Pattern.compile("(:Dagtekening>)(\\d{4}-\\d{2}-\\d{2})(<)");
    private static final Pattern BSN = Pattern.compile("(:Bsn>)(\\d{8})\\d(<)");
    private static final Pattern XSD_VERSIE = Pattern.compile("\\s*<(\\w+):XsdVersie>.*?</\\1:XsdVersie>",
            Pattern.DOTALL);

    /** The level-1 defects, applied to the written text: each makes the file fail its schema (or XML itself). */
    static String breakText(Kind kind, MessageKind message, String xml) {
        return switch (kind) {
            case BERICHTCODE_OF_OTHER_STANDARD -> {
                Standard other = message.standard() == Standard.IJW ? Standard.IWMO : Standard.IJW;
                yield replaceFirst(BERICHTCODE, xml, m -> ":BerichtCode>" + message.type().berichtCode(other) + "<");
            }
            case DAGTEKENING_WITH_TIME_ZONE -> replaceFirst(DAGTEKENING, xml,
                    m -> m.group(1) + m.group(2) + "+01:00" + m.group(3));
            case BSN_EIGHT_DIGITS -> replaceFirst(BSN, xml, m -> m.group(1) + m.group(2) + m.group(3));
            case FILE_TRUNCATED -> xml.substring(0, xml.length() * 11 / 20);
            case XSDVERSIE_MISSING -> replaceFirst(XSD_VERSIE, xml, m -> "");
            default -> xml;
        };
    }

    private static String replaceFirst(Pattern pattern, String text,
            java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("nothing to change for " + pattern);
        }
        return text.substring(0, m.start()) + replacement.apply(m) + text.substring(m.end());
    }
}
