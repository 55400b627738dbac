package nl.berichtenbatch.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Function;

import nl.berichtenbatch.config.Role;
import nl.berichtenbatch.generate.Catalogue.Product;
import nl.berichtenbatch.generate.Model.AangevraagdProduct;
import nl.berichtenbatch.generate.Model.Antwoord;
import nl.berichtenbatch.generate.Model.Declaratie;
import nl.berichtenbatch.generate.Model.DeclaratieAntwoord;
import nl.berichtenbatch.generate.Model.DeclaratieClient;
import nl.berichtenbatch.generate.Model.Delivery;
import nl.berichtenbatch.generate.Model.DeliveryLine;
import nl.berichtenbatch.generate.Model.Header;
import nl.berichtenbatch.generate.Model.Message;
import nl.berichtenbatch.generate.Model.Omvang;
import nl.berichtenbatch.generate.Model.Person;
import nl.berichtenbatch.generate.Model.Prestatie;
import nl.berichtenbatch.generate.Model.Retour;
import nl.berichtenbatch.generate.Model.TeWijzigenProduct;
import nl.berichtenbatch.generate.Model.ToegewezenProduct;
import nl.berichtenbatch.generate.Model.Toewijzing;
import nl.berichtenbatch.generate.Model.Verwijzer;
import nl.berichtenbatch.generate.Model.Vot;
import nl.berichtenbatch.generate.Model.Vow;
import nl.berichtenbatch.generate.World.Pair;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;

/**
 * The story, told day by day: clients arrive, gemeenten allocate (or aanbieders ask first), care starts, pauses
 * and stops, allocations are extended or ended, requests are answered, and every month each aanbieder declares
 * what it delivered. Each step is an event at a date and a time of day; the events run in time order, so the
 * files come out in an order the receiver can process. Only a few thousand clients are in memory at any time, and
 * never a message after it was written.
 *
 * <p>What is written depends on the role: our own messages go to {@code outgoing/}, the partner's (and its retours
 * to our messages) to {@code inbox/}; the answers the processor makes itself (our retours, a gemeente's 325) are
 * not written.
 */
final class Story {

    /** Chunk size of a monthly declaration: one 323 holds at most this many clients. */
    private static final int CLIENTS_PER_DECLARATION = 40;
    private static final int OFFICE_OPENS = 7 * 3600;
    private static final int OFFICE_HOURS = 12 * 3600;
    private static final String RELEASE = "3.2";
    private static final String FIRST_DELIVERY = "1";
    private static final String TEMPORARY_STOP = "20";

    /** A client in one pair, with the allocations of that pair. */
    static final class Client {
        final Pair pair;
        final Person person;
        final List<Alloc> allocations = new ArrayList<>();
        String pendingRequest;

        Client(Pair pair, Person person) {
            this.pair = pair;
            this.person = person;
        }

        List<Alloc> actual(LocalDate date) {
            return allocations.stream().filter(a -> !a.deleted && !a.einddatum.isBefore(date)).toList();
        }
    }

    /** One allocation (ToewijzingNummer) with its current version, its delivery and what was declared on it. */
    static final class Alloc {
        final long nummer;
        final Product product;
        final int volume;
        final LocalDate ingangsdatum;
        final String commentaar;
        LocalDate einddatum;
        LocalDate toewijzingsdatum;
        LocalTime toewijzingstijd;
        boolean deleted;
        LocalDate startBegindatum;
        boolean tempStopped;
        LocalDate tempStopEnd;
        boolean definitivelyStopped;
        final List<LocalDate[]> delivered = new ArrayList<>();
        long cumulative;
        Prestatie lastApproved;
        LocalDate declaredUntil;

        Alloc(long nummer, Product product, int volume, LocalDate ingangsdatum, LocalDate einddatum,
                String commentaar) {
            this.nummer = nummer;
            this.product = product;
            this.volume = volume;
            this.ingangsdatum = ingangsdatum;
            this.einddatum = einddatum;
            this.commentaar = commentaar;
        }

        boolean weekly() {
            return product.frequentie().equals(Catalogue.PER_WEEK);
        }

        /** TR321: the most that may be declared for a product period. */
        long periodMax(LocalDate from, LocalDate to) {
            return weekly() ? volume * Dates.weeksTouched(from, to) : volume;
        }

        /** TR322: the most that may be declared over the whole allocation. */
        long totalMax() {
            return volume * (weekly() ? Dates.weeksTouched(ingangsdatum, einddatum)
                    : Dates.monthsTouched(ingangsdatum, einddatum));
        }

        long deliveredDays(LocalDate from, LocalDate to) {
            long days = 0;
            for (LocalDate[] interval : delivered) {
                LocalDate begin = Dates.max(from, interval[0]);
                LocalDate end = interval[1] == null ? to : Dates.min(to, interval[1]);
                if (!begin.isAfter(end)) {
                    days += Dates.days(begin, end);
                }
            }
            return days;
        }

        void closeDelivery(LocalDate end) {
            if (!delivered.isEmpty() && delivered.get(delivered.size() - 1)[1] == null) {
                delivered.get(delivered.size() - 1)[1] = end;
            }
        }

        Omvang omvang() {
            return new Omvang(volume, product.eenheid(), product.frequentie());
        }
    }

    private enum LineKind { REGULAR, CREDIT, CORRECTION }

    /** A prestatie on its way into a 323, with the allocation it is about. */
    private record Line(Client client, Alloc alloc, Prestatie prestatie, LineKind kind, long creditedVolume) {
    }

    private record Event(LocalDate date, int second, long seq, Runnable action) {
    }

    private final World world;
    private final Role role;
    private final SplittableRandom random;
    private final People people;
    private final Defects defects;
    private final Output output;
    private final LocalDate first;
    private final LocalDate last;
    private final LocalDate runDate;
    private final double arrivalsPerWorkingDay;
    private final int totalWeight;
    private final PriorityQueue<Event> queue = new PriorityQueue<>(Comparator.comparing(Event::date)
            .thenComparingInt(Event::second).thenComparingLong(Event::seq));
    private final Map<Standard, Map<MessageType, MessageKind>> kinds = new EnumMap<>(Standard.class);
    private final Numbers numbers;
    private long seq;
    private LocalDate today;
    private int now;

    /**
     * @param first                 the first day of the story
     * @param last                  the last day on which a message may be dated (before the run date)
     * @param arrivalsPerWorkingDay new clients per working day, over all pairs
     */
    Story(World world, GenerateOptions options, Output output, LocalDate first, LocalDate last,
            double arrivalsPerWorkingDay) {
        long seed = options.seed();
        this.world = world;
        this.role = world.role;
        this.random = new SplittableRandom(seed);
        this.people = new People(new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L));
        this.defects = new Defects(new SplittableRandom(seed ^ 0xC2B2AE3D27D4EB4FL), options.errorPercent(),
                options.errorMix());
        this.output = output;
        this.first = first;
        this.last = last;
        this.runDate = options.runDate();
        this.numbers = new Numbers(options.runDate());
        this.arrivalsPerWorkingDay = arrivalsPerWorkingDay;
        this.totalWeight = world.pairs.stream().mapToInt(p -> p.weight).sum();
        for (Standard standard : Standard.values()) {
            Map<MessageType, MessageKind> byType = new EnumMap<>(MessageType.class);
            for (MessageType type : MessageType.values()) {
                byType.put(type, new MessageKind(standard, RELEASE, type));
            }
            kinds.put(standard, byType);
        }
    }

    /** Tells the story until its last day or until the output has its count. */
    void run() {
        for (LocalDate day = first; !day.isAfter(last) && !output.full(); day = day.plusDays(1)) {
            today = day;
            now = 0;
            if (day.getDayOfMonth() == 1 && day.isAfter(first)) {
                YearMonth month = YearMonth.from(day).minusMonths(1);
                for (Pair pair : world.pairs) {
                    at(day.plusDays(2 + random.nextInt(10)), () -> declare(pair, month));
                }
            }
            if (day.getDayOfWeek().getValue() <= 5) {
                int arrivals = poisson(arrivalsPerWorkingDay);
                for (int i = 0; i < arrivals; i++) {
                    Pair pair = pickPair();
                    at(day, () -> arrive(pair));
                }
            }
            while (!queue.isEmpty() && !queue.peek().date().isAfter(day) && !output.full()) {
                Event event = queue.poll();
                now = event.second();
                event.action().run();
            }
        }
    }

    // --- time ---------------------------------------------------------------------------------------------------

    /** Schedules a step on a working day at a time of day; a step after the story's last day never happens. */
    private void at(LocalDate date, Runnable action) {
        LocalDate day = Dates.workingDay(Dates.max(date, today));
        int second = OFFICE_OPENS + random.nextInt(OFFICE_HOURS);
        if (day.equals(today) && second <= now) {
            second = now + 1 + random.nextInt(600);
        }
        if (!day.isAfter(last)) {
            queue.add(new Event(day, second, seq++, action));
        }
    }

    private void after(int minDays, int maxDays, Runnable action) {
        at(today.plusDays(minDays + random.nextInt(maxDays - minDays + 1)), action);
    }

    private int poisson(double lambda) {
        int count = 0;
        double rest = lambda;
        while (rest > 0) {
            double part = Math.min(rest, 50);
            rest -= part;
            double limit = Math.exp(-part);
            double product = random.nextDouble();
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
        }
        return count;
    }

    private Pair pickPair() {
        int roll = random.nextInt(totalWeight);
        for (Pair pair : world.pairs) {
            roll -= pair.weight;
            if (roll < 0) {
                return pair;
            }
        }
        throw new IllegalStateException();
    }

    // --- the story ----------------------------------------------------------------------------------------------

    private void arrive(Pair pair) {
        Person person = pair.standard == Standard.IJW ? people.child(pair.gemeente, today)
                : people.adult(pair.gemeente, today);
        Client client = new Client(pair, person);
        pair.clients.add(client);
        if (random.nextInt(100) < 22) {
            requestAllocation(client);
        } else {
            allocateInitial(client);
        }
    }

    /** The gemeente allocates on its own initiative: one product, sometimes two; rarely the wrong one first. */
    private void allocateInitial(Client client) {
        Pair pair = client.pair;
        List<Product> chosen = new ArrayList<>();
        chosen.add(pickProduct(pair, client, List.of()));
        if (random.nextInt(100) < 25) {
            Product second = pickProduct(pair, client, chosen);
            if (second != null) {
                chosen.add(second);
            }
        }
        LocalDate ingang = today.plusDays(random.nextInt(21));
        if (random.nextInt(100) < 3) {
            Product wrong = pickProduct(pair, client, chosen);
            if (wrong != null) {
                // a product sent by mistake: deleted (RedenWijziging 13) together with the right one (processes.md §5.3)
                Alloc mistake = newAlloc(client, wrong, ingang);
                sendToewijzing(client, Map.of(mistake, ""), a -> null);
                after(1, 4, () -> correctMistake(client, mistake, chosen, ingang));
                return;
            }
        }
        Map<Alloc, String> changed = new LinkedHashMap<>();
        for (Product product : chosen) {
            changed.put(newAlloc(client, product, ingang), "");
        }
        sendToewijzing(client, changed, a -> null);
        changed.keySet().forEach(a -> scheduleStart(client, a));
    }

    private void correctMistake(Client client, Alloc mistake, List<Product> chosen, LocalDate ingang) {
        mistake.deleted = true;
        mistake.einddatum = mistake.ingangsdatum;
        stamp(mistake);
        Map<Alloc, String> changed = new LinkedHashMap<>();
        changed.put(mistake, "13");
        List<Alloc> created = new ArrayList<>();
        for (Product product : chosen) {
            Alloc alloc = newAlloc(client, product, Dates.max(ingang, today));
            changed.put(alloc, "");
            created.add(alloc);
        }
        sendToewijzing(client, changed, a -> null);
        created.forEach(a -> scheduleStart(client, a));
    }

    /** A product of the pair's contract in a category the client has no actual allocation (or request) in. */
    private Product pickProduct(Pair pair, Client client, List<Product> besides) {
        List<String> taken = new ArrayList<>();
        client.actual(today).forEach(a -> taken.add(a.product.categorie()));
        besides.forEach(p -> taken.add(p.categorie()));
        List<Product> free = pair.products.stream().filter(p -> !taken.contains(p.categorie())).toList();
        if (free.isEmpty()) {
            return null;
        }
        int total = free.stream().mapToInt(Product::weight).sum();
        int roll = random.nextInt(total);
        for (Product p : free) {
            roll -= p.weight();
            if (roll < 0) {
                return p;
            }
        }
        throw new IllegalStateException();
    }

    private Alloc newAlloc(Client client, Product product, LocalDate ingang) {
        int months = client.pair.standard == Standard.IJW ? 3 + random.nextInt(10) : 6 + random.nextInt(19);
        LocalDate eind = Dates.endOfMonth(ingang.plusMonths(months - 1L));
        int volume = product.minVolume() + random.nextInt(product.maxVolume() - product.minVolume() + 1);
        return newAlloc(client, product, ingang, eind, volume);
    }

    private Alloc newAlloc(Client client, Product product, LocalDate ingang, LocalDate eind, int volume) {
        String commentaar = random.nextInt(100) < 50 ? null
                : product.description() + ", " + product.unitName(volume) + ".";
        Alloc alloc = new Alloc(client.pair.nextToewijzingNummer++, product, volume, ingang, eind, commentaar);
        stamp(alloc);
        client.allocations.add(alloc);
        return alloc;
    }

    /** A new version of an allocation: Toewijzingsdatum and -tijd are the moment of the decision (IV013). */
    private void stamp(Alloc alloc) {
        alloc.toewijzingsdatum = today;
        alloc.toewijzingstijd = LocalTime.ofSecondOfDay(Math.min(now, 86_399));
    }

    /**
     * A 301: every allocation of the client that is valid on or after today, plus the ones that changed
     * (OP087). {@code changed} maps each changed allocation to its RedenWijziging ("" for a new one).
     */
    private void sendToewijzing(Client client, Map<Alloc, String> changed, Function<Alloc, String> referentie) {
        Pair pair = client.pair;
        List<ToegewezenProduct> products = new ArrayList<>();
        for (Alloc a : client.allocations) {
            String reden = changed.get(a);
            boolean valid = !a.deleted && !a.einddatum.isBefore(today);
            if (reden == null && !valid) {
                continue;
            }
            products.add(new ToegewezenProduct(a.nummer, referentie.apply(a), a.product.categorie(),
                    a.product.code(), a.toewijzingsdatum, a.toewijzingstijd, a.ingangsdatum, a.einddatum,
                    reden == null || reden.isEmpty() ? null : reden, a.omvang(), a.commentaar));
        }
        Message message = new Message(kind(pair, MessageType.TOEWIJZING), header(pair.gemeenteCode(), pair.agb,
                MessageType.TOEWIJZING, pair), new Toewijzing(client.person, products));
        sendWithRetour(message, pair);
    }

    private void scheduleStart(Client client, Alloc alloc) {
        LocalDate begin = alloc.ingangsdatum.plusDays(random.nextInt(11));
        if (begin.isAfter(alloc.einddatum)) {
            begin = alloc.ingangsdatum;
        }
        LocalDate begindatum = begin;
        at(Dates.max(begin.plusDays(1 + random.nextInt(5)), today.plusDays(1)),
                () -> start(client, alloc, begindatum, false));
    }

    private void start(Client client, Alloc alloc, LocalDate begin, boolean resume) {
        if (alloc.deleted || alloc.definitivelyStopped || begin.isAfter(alloc.einddatum)
                || (!resume && alloc.startBegindatum != null) || (resume && !alloc.tempStopped)) {
            return;
        }
        DeliveryLine line = new DeliveryLine(alloc.nummer, alloc.product.categorie(), alloc.product.code(),
                alloc.ingangsdatum, begin, null, null, FIRST_DELIVERY);
        sendDelivery(client, MessageType.START, line);
        alloc.startBegindatum = begin;
        alloc.tempStopped = false;
        alloc.delivered.add(new LocalDate[] {begin, null});
        if (!resume) {
            planCourse(client, alloc, begin);
        }
    }

    /** What will happen to a started allocation: a pause, an early end, an extension, a request. */
    private void planCourse(Client client, Alloc alloc, LocalDate begin) {
        long span = Dates.days(begin, alloc.einddatum);
        int roll = random.nextInt(100);
        if (roll < 10 && span > 90) {
            LocalDate pause = begin.plusDays(20 + random.nextInt((int) span - 60));
            at(pause.plusDays(1 + random.nextInt(5)), () -> temporaryStop(client, alloc, pause));
        } else if (roll < 28 && span > 60) {
            LocalDate end = begin.plusDays(30 + random.nextInt((int) span - 45));
            at(end.plusDays(1 + random.nextInt(5)), () -> earlyStop(client, alloc, end));
        }
        LocalDate einddatum = alloc.einddatum;
        at(einddatum.plusDays(1 + random.nextInt(5)), () -> endCheck(client, alloc, einddatum));
        if (random.nextInt(100) < 40) {
            scheduleReview(client, alloc);
        }
        if (random.nextInt(100) < 18) {
            after(20, 200, () -> requestChange(client, alloc));
        }
        if (random.nextInt(100) < 6) {
            after(30, 150, () -> requestAllocation(client));
        }
    }

    private void sendDelivery(Client client, MessageType type, DeliveryLine line) {
        Pair pair = client.pair;
        Message message = new Message(kind(pair, type), header(pair.agb, pair.gemeenteCode(), type, pair),
                new Delivery(client.person, List.of(line)));
        sendWithRetour(message, pair);
    }

    private void temporaryStop(Client client, Alloc alloc, LocalDate end) {
        if (!deliveringOn(alloc, end)) {
            return;
        }
        stop(client, alloc, end, TEMPORARY_STOP);
        LocalDate resume = end.plusDays(7 + random.nextInt(39));
        if (resume.isBefore(alloc.einddatum.minusDays(10))) {
            at(resume.plusDays(1 + random.nextInt(4)), () -> start(client, alloc, resume, true));
        }
    }

    private void earlyStop(Client client, Alloc alloc, LocalDate end) {
        if (!deliveringOn(alloc, end)) {
            return;
        }
        String reason = earlyReason(client.pair.standard);
        stop(client, alloc, end, reason);
        if (random.nextInt(100) < 60) {
            after(2, 7, () -> endAllocation(client, alloc, end, reason));
        }
    }

    private static boolean deliveringOn(Alloc alloc, LocalDate date) {
        return !alloc.deleted && !alloc.definitivelyStopped && !alloc.tempStopped && alloc.startBegindatum != null
                && date.isBefore(alloc.einddatum) && !date.isBefore(alloc.startBegindatum);
    }

    /** After the allocation's end: the final stop, unless it was extended (then later) or stopped already. */
    private void endCheck(Client client, Alloc alloc, LocalDate expected) {
        if (alloc.deleted || alloc.definitivelyStopped || alloc.startBegindatum == null) {
            return;
        }
        if (alloc.einddatum.isAfter(expected)) {
            LocalDate einddatum = alloc.einddatum;
            at(einddatum.plusDays(1 + random.nextInt(5)), () -> endCheck(client, alloc, einddatum));
            return;
        }
        // after a pause the client did not come back: the definitive stop keeps the pause's Einddatum (TR414)
        LocalDate end = alloc.tempStopped ? alloc.tempStopEnd : alloc.einddatum;
        stop(client, alloc, end, client.pair.standard == Standard.IJW ? "31" : "19");
    }

    private void stop(Client client, Alloc alloc, LocalDate end, String reason) {
        DeliveryLine line = new DeliveryLine(alloc.nummer, alloc.product.categorie(), alloc.product.code(),
                alloc.ingangsdatum, alloc.startBegindatum, reason, end, FIRST_DELIVERY);
        sendDelivery(client, MessageType.STOP, line);
        alloc.closeDelivery(end);
        if (reason.equals(TEMPORARY_STOP)) {
            alloc.tempStopped = true;
            alloc.tempStopEnd = end;
        } else {
            alloc.definitivelyStopped = true;
        }
    }

    private String earlyReason(Standard standard) {
        int roll = random.nextInt(100);
        if (standard == Standard.IJW) {
            return roll < 35 ? "34" : roll < 55 ? "32" : roll < 65 ? "33" : roll < 75 ? "38" : roll < 85 ? "35"
                    : roll < 95 ? "39" : "02";
        }
        return roll < 35 ? "23" : roll < 50 ? "21" : roll < 60 ? "22" : roll < 70 ? "38" : roll < 80 ? "31"
                : roll < 85 ? "39" : "02";
    }

    /** The gemeente ends the allocation on the stop date, with the RedenWijziging that matches the stop. */
    private void endAllocation(Client client, Alloc alloc, LocalDate end, String reason) {
        if (alloc.deleted || !alloc.einddatum.isAfter(end)
                || (alloc.declaredUntil != null && alloc.declaredUntil.isAfter(end))) {
            return;  // never end an allocation before care that was already declared (OP362)
        }
        alloc.einddatum = end;
        stamp(alloc);
        String reden = switch (reason) {
            case "02" -> "02";
            case "35", "31" -> "07";
            case "38" -> "09";
            case "39" -> "06";
            default -> "14";
        };
        sendToewijzing(client, Map.of(alloc, reden), a -> null);
    }

    private void scheduleReview(Client client, Alloc alloc) {
        LocalDate review = alloc.einddatum.minusDays(20 + random.nextInt(21));
        if (review.isAfter(today)) {
            at(review, () -> review(client, alloc));
        }
    }

    /** Before the end the gemeente extends some allocations in place (RedenWijziging 04, OP380). */
    private void review(Client client, Alloc alloc) {
        if (alloc.deleted || alloc.definitivelyStopped || alloc.einddatum.isBefore(today)
                || random.nextInt(100) >= 45) {
            return;
        }
        alloc.einddatum = Dates.endOfMonth(alloc.einddatum.plusMonths(3 + random.nextInt(4)));
        stamp(alloc);
        sendToewijzing(client, Map.of(alloc, "04"), a -> null);
        if (random.nextInt(100) < 40) {
            scheduleReview(client, alloc);
        }
    }

    /** A 315 for a product the client has no allocation for; the gemeente answers a few days later. */
    private void requestAllocation(Client client) {
        Pair pair = client.pair;
        if (client.pendingRequest != null) {
            return;
        }
        Product product = pickProduct(pair, client, List.of());
        if (product == null) {
            return;
        }
        int months = pair.standard == Standard.IJW ? 3 + random.nextInt(10) : 6 + random.nextInt(19);
        LocalDate ingang = today.plusDays(5 + random.nextInt(21));
        LocalDate eind = Dates.endOfMonth(ingang.plusMonths(months - 1L));
        int volume = product.minVolume() + random.nextInt(product.maxVolume() - product.minVolume() + 1);
        String referentie = numbers.referentieAanbieder(pair, "VOT", today);
        AangevraagdProduct requested;
        String gezagsdrager = null;
        if (pair.standard == Standard.IJW) {
            int roll = random.nextInt(100);
            Verwijzer verwijzer = roll < 60 ? new Verwijzer("02", null, "01" + digits(6))
                    : roll < 85 ? new Verwijzer("01", "Wijkteam " + pair.gemeente.name(), null)
                    : new Verwijzer("03", null, "01" + digits(6));
            int g = random.nextInt(10);
            gezagsdrager = g < 5 ? "1" : g < 7 ? "2" : null;
            requested = new AangevraagdProduct(referentie, null, product.categorie(), product.code(), null, ingang,
                    eind, new Omvang(volume, product.eenheid(), product.frequentie()), verwijzer, null);
        } else {
            long beschikking = 26_000_000L + numbers.next(pair.gemeenteCode() + "|beschikking");
            requested = new AangevraagdProduct(referentie, beschikking, product.categorie(), product.code(),
                    today.minusDays(3 + random.nextInt(28)), ingang, eind,
                    new Omvang(volume, product.eenheid(), product.frequentie()),
                    new Verwijzer("01", "Sociaal wijkteam " + pair.gemeente.name(), null), null);
        }
        client.pendingRequest = referentie;
        Message message = new Message(kind(pair, MessageType.VERZOEK_OM_TOEWIJZING),
                header(pair.agb, pair.gemeenteCode(), MessageType.VERZOEK_OM_TOEWIJZING, pair),
                new Vot(client.person, gezagsdrager, List.of(requested)));
        sendWithRetour(message, pair);
        pair.lastReferentie = referentie;
        after(3, 8, () -> decideRequest(client, product, volume, ingang, eind, referentie, false));
    }

    /** Honour (301), reject (319, 1) or investigate first (319, 2) a 315 (processes.md §8). */
    private void decideRequest(Client client, Product product, int volume, LocalDate ingang, LocalDate eind,
            String referentie, boolean investigated) {
        int roll = random.nextInt(100);
        if (roll < (investigated ? 60 : 65)) {
            Alloc alloc = newAlloc(client, product, ingang, eind, volume);
            client.pendingRequest = null;
            sendToewijzing(client, Map.of(alloc, ""), a -> a == alloc ? referentie : null);
            scheduleStart(client, alloc);
        } else if (investigated || roll < 85) {
            client.pendingRequest = null;
            String reason = rejectionReason(client.pair.standard);
            String woonplaats = reason.equals("8") ? otherGemeente(client.pair) : null;
            sendAntwoord(client.pair, referentie, "1", reason, woonplaats);
        } else {
            sendAntwoord(client.pair, referentie, "2", null, null);
            after(10, 35, () -> decideRequest(client, product, volume, ingang, eind, referentie, true));
        }
    }

    private String rejectionReason(Standard standard) {
        int roll = random.nextInt(100);
        if (standard == Standard.IJW) {
            return roll < 30 ? "7" : roll < 50 ? "4" : roll < 60 ? "2" : roll < 70 ? "9" : roll < 85 ? "8" : "5";
        }
        return roll < 40 ? "7" : roll < 65 ? "4" : roll < 80 ? "2" : "5";
    }

    private String otherGemeente(Pair pair) {
        while (true) {
            String code = people.pick(Catalogue.GEMEENTEN).code();
            if (!code.equals(pair.gemeenteCode())) {
                return code;
            }
        }
    }

    private void sendAntwoord(Pair pair, String referentie, String antwoord, String reason, String woonplaats) {
        Message message = new Message(kind(pair, MessageType.ANTWOORD),
                header(pair.gemeenteCode(), pair.agb, MessageType.ANTWOORD, pair),
                new Antwoord(referentie, antwoord, reason, woonplaats));
        sendWithRetour(message, pair);
    }

    /**
     * A 317 asking to extend an allocation, listing every actual allocation once (TR349). Sent only while every
     * actual allocation of the client is also actual on the run date, so that the request is complete whether the
     * receiver takes "actual" on the message date or on its run date (validation.md §0.16).
     */
    private void requestChange(Client client, Alloc alloc) {
        if (client.pendingRequest != null || alloc.deleted || alloc.definitivelyStopped || alloc.tempStopped) {
            return;
        }
        List<Alloc> actual = client.actual(today);
        if (!actual.contains(alloc) || actual.stream().anyMatch(a -> a.einddatum.isBefore(runDate))) {
            return;
        }
        Pair pair = client.pair;
        String referentie = numbers.referentieAanbieder(pair, "VOW", today);
        LocalDate newEnd = Dates.endOfMonth(alloc.einddatum.plusMonths(3 + random.nextInt(7)));
        List<Long> unchanged = actual.stream().filter(a -> a != alloc).map(a -> a.nummer).toList();
        // GewensteIngangsdatum = the original Ingangsdatum: the change covers the whole period (TR357)
        TeWijzigenProduct change = new TeWijzigenProduct(alloc.nummer, alloc.ingangsdatum, newEnd, alloc.omvang());
        client.pendingRequest = referentie;
        Message message = new Message(kind(pair, MessageType.VERZOEK_OM_WIJZIGING),
                header(pair.agb, pair.gemeenteCode(), MessageType.VERZOEK_OM_WIJZIGING, pair),
                new Vow(client.person.bsn(), referentie, random.nextBoolean() ? "1" : "2", unchanged,
                        List.of(change)));
        sendWithRetour(message, pair);
        pair.lastReferentie = referentie;
        after(4, 10, () -> answerChange(client, alloc, referentie, newEnd));
    }

    /** The gemeente honours a 317 as a whole (301, RedenWijziging 12, the reference on every product) or not. */
    private void answerChange(Client client, Alloc alloc, String referentie, LocalDate newEnd) {
        client.pendingRequest = null;
        boolean possible = !alloc.deleted && !alloc.definitivelyStopped && !alloc.einddatum.isBefore(today)
                && alloc.einddatum.isBefore(newEnd);
        if (possible && random.nextInt(100) < 85) {
            alloc.einddatum = newEnd;
            stamp(alloc);
            sendToewijzing(client, Map.of(alloc, "12"), a -> referentie);
        } else {
            sendAntwoord(client.pair, referentie, "1", random.nextBoolean() ? "4" : "7", null);
        }
    }

    // --- declarations -------------------------------------------------------------------------------------------

    /** The monthly declaration of a pair: what was delivered in the month, in 323s of at most 40 clients. */
    private void declare(Pair pair, YearMonth month) {
        LocalDate monthStart = month.atDay(1);
        LocalDate monthEnd = month.atEndOfMonth();
        List<List<Line>> perClient = new ArrayList<>();
        for (Client client : pair.clients) {
            List<Line> lines = new ArrayList<>();
            for (Alloc alloc : client.allocations) {
                if (alloc.deleted || alloc.startBegindatum == null) {
                    continue;
                }
                LocalDate begin = Dates.max(monthStart, alloc.ingangsdatum);
                LocalDate end = Dates.min(monthEnd, alloc.einddatum);
                if (begin.isAfter(end) || (alloc.declaredUntil != null && !alloc.declaredUntil.isBefore(begin))) {
                    continue;
                }
                correction(client, alloc, month, lines);
                Prestatie prestatie = prestatie(pair, alloc, month, begin, end, Long.MAX_VALUE);
                if (prestatie != null) {
                    lines.add(new Line(client, alloc, prestatie, LineKind.REGULAR, 0));
                }
            }
            if (!lines.isEmpty()) {
                perClient.add(lines);
            }
        }
        for (int i = 0; i < perClient.size(); i += CLIENTS_PER_DECLARATION) {
            sendDeclaratie(pair, month, perClient.subList(i, Math.min(perClient.size(), i + CLIENTS_PER_DECLARATION)));
        }
        pair.clients.removeIf(c -> finished(c, monthStart));
    }

    /** The debit for one allocation and product period, or null when nothing was delivered or may be declared. */
    private Prestatie prestatie(Pair pair, Alloc alloc, YearMonth month, LocalDate begin, LocalDate end,
            long atMost) {
        long days = alloc.deliveredDays(begin, end);
        if (days == 0) {
            return null;
        }
        long periodMax = alloc.periodMax(begin, end);
        long volume;
        if (alloc.product.daily()) {
            volume = days;
        } else if (alloc.product.eenheid().equals(Catalogue.STUKS_OUTPUT)) {
            volume = alloc.volume;
        } else {
            double share = (double) days / Dates.days(begin, end);
            volume = Math.max(1, Math.round(periodMax * share * (0.6 + random.nextDouble() * 0.35)));
        }
        volume = Math.min(Math.min(volume, atMost), Math.min(periodMax, alloc.totalMax() - alloc.cumulative));
        if (volume < 1) {
            return null;
        }
        long tarief = world.tariff(pair, alloc.product, begin);
        return new Prestatie(numbers.referentieNummer(pair, month), null, alloc.nummer, alloc.product.categorie(),
                alloc.product.code(), begin, end, volume, alloc.product.eenheid(), tarief, volume * tarief, false);
    }

    /** Sometimes an approved line of an earlier month is corrected: credited in full and declared again (OP366). */
    private void correction(Client client, Alloc alloc, YearMonth month, List<Line> lines) {
        Prestatie old = alloc.lastApproved;
        if (old == null || old.volume() < 2 || random.nextInt(100) >= 4) {
            return;
        }
        Prestatie credit = new Prestatie(numbers.referentieNummer(client.pair, month), old.referentie(), old.nummer(),
                old.categorie(), old.code(), old.begindatum(), old.einddatum(), old.volume(), old.eenheid(),
                old.tarief(), old.bedrag(), true);
        long volume = old.volume() - 1;
        Prestatie corrected = new Prestatie(numbers.referentieNummer(client.pair, month), null, old.nummer(),
                old.categorie(), old.code(), old.begindatum(), old.einddatum(), volume, old.eenheid(), old.tarief(),
                volume * old.tarief(), false);
        lines.add(new Line(client, alloc, credit, LineKind.CREDIT, old.volume()));
        lines.add(new Line(client, alloc, corrected, LineKind.CORRECTION, 0));
        alloc.lastApproved = null;
    }

    private void sendDeclaratie(Pair pair, YearMonth month, List<List<Line>> clients) {
        YearMonth period = pair.lastPeriod == null || month.isAfter(pair.lastPeriod) ? month : pair.lastPeriod;
        List<DeclaratieClient> declaratieClients = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (List<Line> client : clients) {
            declaratieClients.add(new DeclaratieClient(client.get(0).client().person.bsn(),
                    client.stream().map(Line::prestatie).toList()));
            lines.addAll(client);
        }
        Declaratie declaratie = new Declaratie(numbers.declaratieNummer(pair, period), period.atDay(1),
                period.atEndOfMonth(), today, Declaratie.sum(declaratieClients), declaratieClients);
        Message message = new Message(kind(pair, MessageType.DECLARATIE),
                header(pair.agb, pair.gemeenteCode(), MessageType.DECLARATIE, pair), declaratie);
        String folder = folder(MessageType.DECLARATIE);
        List<Integer> regular = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == LineKind.REGULAR) {
                regular.add(i);
            }
        }
        Line rejected = null;
        Defects.Kind defect = null;
        if (defects.due()) {
            defect = defects.choose(Defects.applicable(message, numbers, pair.lastDeclaratieNummer, null,
                    folder.equals(Output.INBOX) && !regular.isEmpty()));
        }
        if (defect != null && defect.mode == Defects.Mode.IN_PLACE) {
            int target = regular.get(defects.nextInt(regular.size()));
            Declaratie wrong = Defects.inPlace(defect, declaratie, target, numbers);
            String outcome = declaratie.prestaties() > 1 ? "PARTIAL" : "REJECTED";
            write(message.with(wrong), folder, new Output.Intended(outcome, defect.level, words(defect.codes),
                    words(defect.rules), defect));
            rejected = lines.get(target);
            Line again = rejected;
            after(6, 14, () -> declareAgain(pair, again, month));
            numbers.used(message.header().afzender(), message.kind(), message.header().identificatie());
        } else {
            sendWith(message, pair, folder, defect);
        }
        pair.lastDeclaratieNummer = declaratie.nummer();
        pair.lastPeriod = period;
        for (Line line : lines) {
            if (line != rejected) {
                approve(line);
            }
        }
        if (folder.equals(Output.OUTGOING)) {
            // the gemeente approves the whole declaration a few days later (325, 8001)
            Header sent = message.header();
            after(3, 10, () -> {
                Message answer = new Message(kind(pair, MessageType.DECLARATIE_ANTWOORD),
                        header(pair.gemeenteCode(), pair.agb, MessageType.DECLARATIE_ANTWOORD, pair),
                        new DeclaratieAntwoord(sent.identificatie(), sent.dagtekening(), declaratie.nummer(),
                                declaratie.totaal()));
                write(answer, folder(MessageType.DECLARATIE_ANTWOORD), Output.Intended.valid("RECORDED"));
            });
        }
    }

    private static void approve(Line line) {
        Alloc alloc = line.alloc();
        Prestatie p = line.prestatie();
        switch (line.kind()) {
            case CREDIT -> alloc.cumulative -= line.creditedVolume();
            case CORRECTION -> alloc.cumulative += p.volume();
            case REGULAR -> {
                alloc.cumulative += p.volume();
                alloc.lastApproved = p;
                alloc.declaredUntil = alloc.declaredUntil == null || p.einddatum().isAfter(alloc.declaredUntil)
                        ? p.einddatum() : alloc.declaredUntil;
            }
        }
    }

    /** A rejected prestatie is declared again, corrected, with a new ReferentieNummer (processes.md §10.3). */
    private void declareAgain(Pair pair, Line rejected, YearMonth month) {
        Alloc alloc = rejected.alloc();
        if (alloc.deleted) {
            return;
        }
        LocalDate begin = Dates.max(month.atDay(1), alloc.ingangsdatum);
        LocalDate end = Dates.min(month.atEndOfMonth(), alloc.einddatum);
        if (begin.isAfter(end)) {
            return;
        }
        Prestatie prestatie = prestatie(pair, alloc, month, begin, end, rejected.prestatie().volume());
        if (prestatie != null) {
            sendDeclaratie(pair, month, List.of(List.of(new Line(rejected.client(), alloc, prestatie,
                    LineKind.REGULAR, 0))));
        }
    }

    /** A client with nothing left to happen: no open request, every allocation over and stopped or never started. */
    private static boolean finished(Client client, LocalDate before) {
        if (client.pendingRequest != null) {
            return false;
        }
        for (Alloc a : client.allocations) {
            boolean over = a.deleted || (a.einddatum.isBefore(before)
                    && (a.startBegindatum == null || a.definitivelyStopped));
            if (!over) {
                return false;
            }
        }
        return true;
    }

    // --- writing ------------------------------------------------------------------------------------------------

    /** Where a message goes for our role, or null for the answers the processor makes itself. */
    private String folder(MessageType type) {
        boolean ours = (type.sender() == MessageType.Sender.GEMEENTE) == (role == Role.GEMEENTE);
        if (ours) {
            return type.isRetour() || type == MessageType.DECLARATIE_ANTWOORD ? null : Output.OUTGOING;
        }
        return Output.INBOX;
    }

    /** Sends a heenbericht (maybe with a wrong copy) and, a few days later, the receiver's "all OK" retour. */
    private void sendWithRetour(Message message, Pair pair) {
        String folder = folder(message.kind().type());
        if (folder != null) {
            Defects.Kind defect = null;
            if (defects.due()) {
                defect = defects.choose(Defects.applicable(message, numbers, pair.lastDeclaratieNummer,
                        pair.lastReferentie, false));
            }
            sendWith(message, pair, folder, defect);
        }
        MessageType retourType = message.kind().type().answeredBy().orElseThrow();
        String retourFolder = folder(retourType);
        if (retourFolder != null) {
            String sender = retourType.sender() == MessageType.Sender.GEMEENTE ? pair.gemeenteCode() : pair.agb;
            after(1, 3, () -> {
                MessageKind kind = kind(pair, retourType);
                write(new Message(kind, message.header(), new Retour(numbers.newIdentificatie(sender, kind), today)),
                        retourFolder, Output.Intended.valid("RECORDED"));
            });
        }
    }

    private void sendWith(Message message, Pair pair, String folder, Defects.Kind defect) {
        Output.Intended valid = Output.Intended.valid(folder.equals(Output.INBOX) ? "ACCEPTED" : "SENT");
        if (defect == null) {
            write(message, folder, valid);
        } else {
            Message wrong = Defects.wrongCopy(defect, message, numbers, pair.lastDeclaratieNummer, pair.lastReferentie,
                    defects.nextInt(1000));
            String outcome = folder.equals(Output.OUTGOING) ? "HELD" : defect.level == 1 ? "INVALID" : "REJECTED";
            Output.Intended intended = new Output.Intended(outcome, defect.level,
                    defect.level == 1 ? List.of() : words(defect.codes), words(defect.rules), defect);
            if (defect.mode == Defects.Mode.AFTER) {
                write(message, folder, valid);
                write(wrong, folder, intended);
            } else {
                write(wrong, folder, intended);
                write(message, folder, valid);
            }
        }
        numbers.used(message.header().afzender(), message.kind(), message.header().identificatie());
    }

    private void write(Message message, String folder, Output.Intended intended) {
        output.write(message, folder, intended, today, now);
        defects.counted(intended.defect() != null);
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    // --- identifications ----------------------------------------------------------------------------------------

    private MessageKind kind(Pair pair, MessageType type) {
        return kinds.get(pair.standard).get(type);
    }

    private Header header(String afzender, String ontvanger, MessageType type, Pair pair) {
        return new Header(afzender, ontvanger, numbers.newIdentificatie(afzender, kind(pair, type)), today);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
