package nl.berichtenbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.XmlElement;

/**
 * The story is consistent: an independent, simplified reading of validation.md §5-§6 replays every correct file
 * in arrival order and finds no violation of the in-message rules (level 2) or of the cross-message and contract
 * rules (levels 3-4) as far as the story goes, while the wrong files of levels 2-4 break the rule they are meant
 * to break. This does not depend on which rules the product implements yet.
 */
class GeneratedStoryTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"gemeente,both,3000", "aanbieder,both,3000"})
    void correctFilesKeepTheRulesAndWrongFilesBreakTheirs(String role, String standard, int count) {
        // given
        GeneratedSet set = GeneratedSet.generate(GeneratedSet.options(dir, count, role, standard, 10).withSeed(3));
        // when every file is replayed in arrival order
        Replay replay = new Replay(set, contracts(set.result().contracts()));
        for (Manifest.Entry entry : set.manifest()) {
            replay.file(entry);
        }
        // then
        assertThat(replay.violations).as("rules broken by correct files").isEmpty();
        assertThat(replay.missed).as("wrong files that break nothing they should").isEmpty();
        assertThat(replay.checked).as("kinds of checks that ran").contains("TR019", "TR382", "TR338", "TR322",
                "TR418", "TR346", "TR355", "TR347", "TR374");
    }

    private record Tariff(LocalDate from, LocalDate to, long cents) {
    }

    private static Map<String, List<Tariff>> contracts(Path file) {
        Map<String, List<Tariff>> tariffs = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.split(",", -1);
                tariffs.computeIfAbsent(f[0] + "|" + f[1] + "|" + f[3], k -> new ArrayList<>()).add(new Tariff(
                        LocalDate.parse(f[7]), f[8].isEmpty() ? LocalDate.MAX : LocalDate.parse(f[8]),
                        Long.parseLong(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tariffs;
    }

    /** The current version of an allocation, and what was approved on it. */
    private static final class Allocation {
        String bsn;
        String categorie;
        String code;
        LocalDate ingang;
        LocalDate eind;
        String reden;
        long volume;
        String eenheid;
        String frequentie;
        String stamp = "";
        long cumulative;

        boolean deleted() {
            return "13".equals(reden) && eind.equals(ingang);
        }
    }

    private static final class Start {
        LocalDate begin;
        boolean temporarilyStopped;
        LocalDate temporaryEnd;
        boolean definitivelyStopped;
    }

    private static final class Request {
        String bsn;
        boolean honoured;
        boolean rejected;
        boolean investigating;
    }

    private record Debit(String bsn, long nummer, String line, long volume) {
    }

    /** Everything remembered about one pair (standard, gemeente, aanbieder). */
    private static final class Pair {
        final Map<Long, Allocation> allocations = new HashMap<>();
        final Map<String, Start> starts = new HashMap<>();
        final Map<String, Request> requests = new HashMap<>();
        final Set<String> declaratieNummers = new HashSet<>();
        final Set<String> referentieNummers = new HashSet<>();
        final Map<String, Debit> approvedDebits = new HashMap<>();
        final Set<String> credited = new HashSet<>();
        final Set<String> openLines = new HashSet<>();
        final Set<String> sent = new HashSet<>();
        YearMonth lastPeriod;
    }

    private static final class Replay {
        final GeneratedSet set;
        final Map<String, List<Tariff>> tariffs;
        final Map<String, Pair> pairs = new HashMap<>();
        final Set<String> identificaties = new HashSet<>();
        final List<String> violations = new ArrayList<>();
        final List<String> missed = new ArrayList<>();
        final Set<String> checked = new TreeSet<>();
        /** Rules broken by the file being replayed. */
        List<String> broken;
        boolean apply;

        Replay(GeneratedSet set, Map<String, List<Tariff>> tariffs) {
            this.set = set;
            this.tariffs = tariffs;
        }

        void check(String rule, boolean holds, String text) {
            checked.add(rule);
            if (!holds) {
                broken.add(rule + ": " + text);
            }
        }

        void file(Manifest.Entry entry) {
            MessageRead read = set.read(entry);
            if (!read.isValid()) {
                return;  // level 1 is the other test's business
            }
            broken = new ArrayList<>();
            // a wrong file never changes the state, except the approved prestaties of a partly approved 323
            boolean partial = entry.isWrong() && entry.rules().stream().anyMatch(r -> r.equals("TR338")
                    || r.equals("TR346"));
            apply = !entry.isWrong();
            MessageType type = read.kind().type();
            XmlElement root = read.root();
            String gemeente = type.sender() == MessageType.Sender.GEMEENTE ^ type.isRetour() ? read.header().afzender()
                    : read.header().ontvanger();
            String aanbieder = gemeente.equals(read.header().afzender()) ? read.header().ontvanger()
                    : read.header().afzender();
            Pair pair = pairs.computeIfAbsent(read.kind().standard() + "|" + gemeente + "|" + aanbieder, k -> new Pair());
            LocalDate dagtekening = LocalDate.parse(read.header().dagtekening());
            if (!type.isRetour()) {
                check("TR135", dagtekening.isBefore(GeneratedSet.RUN_DATE), "Dagtekening " + dagtekening);
                String id = read.header().afzender() + "|" + read.kind().name() + "|" + read.header().identificatie();
                check("TR056", !identificaties.contains(id), "Identificatie " + read.header().identificatie());
                if (!entry.rules().contains("TR056")) {
                    identificaties.add(id);
                }
            }
            root.all("Client/Bsn").forEach(b -> check("CS002", People.passesElfproef(b.text()), "Bsn " + b.text()));
            root.all("Declaratie/Clienten/Client/Bsn").forEach(b -> check("CS002", People.passesElfproef(b.text()),
                    "Bsn " + b.text()));
            if (broken.isEmpty()) {
                switch (type) {
                    case TOEWIJZING -> toewijzing(pair, root, dagtekening);
                    case START -> start(pair, root);
                    case STOP -> stop(pair, root);
                    case VERZOEK_OM_TOEWIJZING -> vot(pair, root);
                    case VERZOEK_OM_WIJZIGING -> vow(pair, root, dagtekening);
                    case ANTWOORD -> antwoord(pair, root);
                    case DECLARATIE -> declaratie(pair, root, gemeente, aanbieder, dagtekening, partial);
                    case DECLARATIE_ANTWOORD -> check("TR337", pair.sent.contains("323|"
                            + root.valueOrNull("Header/DeclaratieIdentificatie/Identificatie")), "answers no 323");
                    default -> check("retour", pair.sent.contains(
                            String.valueOf(Integer.parseInt(type.number()) - 1) + "|" + read.header().identificatie()),
                            "answers nothing sent");
                }
            }
            if (apply && !type.isRetour()) {
                pair.sent.add(type.number() + "|" + read.header().identificatie());
            }
            if (!entry.isWrong() && !broken.isEmpty()) {
                violations.add(entry.file() + " " + broken);
            }
            if (entry.isWrong() && entry.level() > 1 && broken.stream().noneMatch(b -> entry.rules().stream()
                    .anyMatch(r -> b.startsWith(r + ":")))) {
                missed.add(entry.file() + " " + entry.defect() + " " + entry.rules() + " found " + broken);
            }
        }

        void toewijzing(Pair pair, XmlElement root, LocalDate dagtekening) {
            String bsn = root.valueOrNull("Client/Bsn");
            check("TR061", root.all("Client/Contactgegevens/Contact/Soort").stream()
                    .anyMatch(s -> Set.of("01", "02", "03").contains(s.text())), "no BRP, postal or residence contact");
            for (XmlElement postcode : root.all("Client/Contactgegevens/Contact/Adres/Postcode")) {
                check("CS089", postcode.text().matches("[1-9][0-9]{3}[a-zA-Z]{2}"), "postcode " + postcode.text());
            }
            String gebruik = root.valueOrNull("Client/Naam/NaamGebruik");
            boolean partner = root.find("Client/Naam/Partnernaam").isPresent();
            check("CS050", partner ? Set.of("1", "2", "3", "4").contains(gebruik) : Set.of("1", "6").contains(gebruik),
                    "NaamGebruik " + gebruik);
            List<XmlElement> products = root.all("Client/ToegewezenProducten/ToegewezenProduct");
            Set<String> referenties = new HashSet<>();
            for (XmlElement p : products) {
                long nummer = Long.parseLong(p.valueOrNull("ToewijzingNummer"));
                LocalDate ingang = date(p, "Ingangsdatum");
                LocalDate eind = date(p, "Einddatum");
                String reden = p.valueOrNull("RedenWijziging");
                check("CS003", eind == null || !eind.isBefore(ingang), nummer + ": Einddatum before Ingangsdatum");
                check("CS335", !"13".equals(reden) || ingang.equals(eind), nummer + ": deleted but Einddatum");
                check("CS336", !"01".equals(reden), nummer + ": RedenWijziging 01");
                check("CD041", p.find("Omvang").isPresent(), nummer + ": no Omvang");
                check("CD076", !"2".equals(p.valueOrNull("Omvang/Frequentie")) || eind != null, nummer + ": no end");
                Allocation known = pair.allocations.get(nummer);
                check("TR332", known == null || known.bsn.equals(bsn), nummer + " belongs to another client");
                String stamp = p.valueOrNull("Toewijzingsdatum") + "T" + p.valueOrNull("Toewijzingstijd");
                check("IV013", known == null || stamp.compareTo(known.stamp) >= 0, nummer + ": older version " + stamp);
                String referentie = p.valueOrNull("ReferentieAanbieder");
                if (referentie != null) {
                    Request request = pair.requests.get(referentie);
                    check("TR379", request != null && request.bsn.equals(bsn) && !request.rejected
                            && (!request.honoured || referenties.contains(referentie)), nummer + ": " + referentie);
                    referenties.add(referentie);
                }
                for (XmlElement other : products) {
                    if (other != p && !"13".equals(reden) && !"13".equals(other.valueOrNull("RedenWijziging"))
                            && Objects.equals(other.valueOrNull("Product/Categorie"), p.valueOrNull("Product/Categorie"))) {
                        LocalDate otherEnd = date(other, "Einddatum");
                        boolean overlap = !ingang.isAfter(otherEnd == null ? LocalDate.MAX : otherEnd)
                                && !date(other, "Ingangsdatum").isAfter(eind == null ? LocalDate.MAX : eind);
                        check("TR302", !overlap, nummer + " stacks on " + other.valueOrNull("ToewijzingNummer"));
                    }
                }
            }
            if (!apply || !broken.isEmpty()) {
                return;
            }
            for (XmlElement p : products) {
                long nummer = Long.parseLong(p.valueOrNull("ToewijzingNummer"));
                Allocation a = pair.allocations.computeIfAbsent(nummer, n -> new Allocation());
                a.bsn = bsn;
                a.categorie = p.valueOrNull("Product/Categorie");
                a.code = p.valueOrNull("Product/Code");
                a.ingang = date(p, "Ingangsdatum");
                a.eind = date(p, "Einddatum");
                a.reden = p.valueOrNull("RedenWijziging");
                a.volume = Long.parseLong(p.valueOrNull("Omvang/Volume"));
                a.eenheid = p.valueOrNull("Omvang/Eenheid");
                a.frequentie = p.valueOrNull("Omvang/Frequentie");
                a.stamp = p.valueOrNull("Toewijzingsdatum") + "T" + p.valueOrNull("Toewijzingstijd");
            }
            referenties.forEach(r -> pair.requests.get(r).honoured = true);
        }

        void start(Pair pair, XmlElement root) {
            String bsn = root.valueOrNull("Client/Bsn");
            for (XmlElement line : root.all("Client/StartProducten/StartProduct")) {
                String status = line.valueOrNull("StatusAanlevering");
                check("CS058", Set.of("1", "3").contains(status), "StatusAanlevering " + status);
                long nummer = Long.parseLong(line.valueOrNull("ToewijzingNummer"));
                Start current = pair.starts.get(bsn + "|" + nummer);
                if ("3".equals(status)) {
                    check("TR063", current != null && current.begin.equals(date(line, "Begindatum")),
                            "deletes a start that was never delivered");
                    continue;
                }
                Allocation a = pair.allocations.get(nummer);
                check("TR019", a != null && a.bsn.equals(bsn) && !a.deleted(), "no allocation " + nummer);
                check("TR326", current == null || current.temporarilyStopped || current.definitivelyStopped,
                        nummer + " is still started");
                check("TR074", current == null || !current.begin.equals(date(line, "Begindatum")),
                        nummer + " started on this day before");
                if (a != null) {
                    check("IV075", Objects.equals(a.code, line.valueOrNull("Product/Code"))
                            && a.ingang.equals(date(line, "ToewijzingIngangsdatum")), nummer + ": not its allocation");
                }
                if (apply && broken.isEmpty()) {
                    Start start = new Start();
                    start.begin = date(line, "Begindatum");
                    pair.starts.put(bsn + "|" + nummer, start);
                }
            }
        }

        void stop(Pair pair, XmlElement root) {
            String bsn = root.valueOrNull("Client/Bsn");
            for (XmlElement line : root.all("Client/StopProducten/StopProduct")) {
                String status = line.valueOrNull("StatusAanlevering");
                check("CS058", Set.of("1", "3").contains(status), "StatusAanlevering " + status);
                LocalDate begin = date(line, "Begindatum");
                LocalDate end = date(line, "Einddatum");
                check("TR018", !end.isBefore(begin), "Einddatum before Begindatum");
                long nummer = Long.parseLong(line.valueOrNull("ToewijzingNummer"));
                Start current = pair.starts.get(bsn + "|" + nummer);
                if ("3".equals(status)) {
                    check("TR063", false, "deletes a stop that was never delivered");
                    continue;
                }
                check("TR382", current != null && current.begin.equals(begin), nummer + ": not the current start");
                if (current == null) {
                    continue;
                }
                String reden = line.valueOrNull("RedenBeeindiging");
                check("TR413", !(reden.equals("20") && current.temporarilyStopped), "second temporary stop");
                check("TR414", current.temporaryEnd == null || !current.temporaryEnd.isAfter(end), "earlier end");
                check("TR415", !current.definitivelyStopped, "stop after a definitive stop");
                if (apply && broken.isEmpty()) {
                    if (reden.equals("20")) {
                        current.temporarilyStopped = true;
                        current.temporaryEnd = end;
                    } else {
                        current.definitivelyStopped = true;
                    }
                }
            }
        }

        void vot(Pair pair, XmlElement root) {
            String bsn = root.valueOrNull("Client/Bsn");
            check("TR374", pair.requests.values().stream().noneMatch(r -> r.bsn.equals(bsn) && !r.honoured
                    && !r.rejected), "a request of this client is pending");
            for (XmlElement p : root.all("Client/AangevraagdeProducten/AangevraagdProduct")) {
                String referentie = p.valueOrNull("ReferentieAanbieder");
                check("TR347", !pair.requests.containsKey(referentie), "ReferentieAanbieder " + referentie + " reused");
                LocalDate eind = date(p, "ToewijzingEinddatum");
                check("CS003", eind == null || !eind.isBefore(date(p, "ToewijzingIngangsdatum")), "end before start");
                check("CD043", p.find("BeschikkingNummer").isPresent() == p.find("BeschikkingIngangsdatum").isPresent(),
                        "beschikking");
                String type = p.valueOrNull("Verwijzer/Type");
                boolean agb = p.find("Verwijzer/ZorgverlenerCode").isPresent();
                boolean naam = p.find("Verwijzer/Naam").isPresent();
                boolean professional = Set.of("02", "03", "04", "05").contains(type);
                check("CD066", !(professional && agb && naam), "Verwijzer with code and name");
                check("CD067", !(professional && !agb && !naam), "Verwijzer without code or name");
                check("CD068", professional || !agb, "ZorgverlenerCode for Verwijzer " + type);
            }
            if (apply && broken.isEmpty()) {
                for (XmlElement p : root.all("Client/AangevraagdeProducten/AangevraagdProduct")) {
                    Request request = new Request();
                    request.bsn = bsn;
                    pair.requests.put(p.valueOrNull("ReferentieAanbieder"), request);
                }
            }
        }

        void vow(Pair pair, XmlElement root, LocalDate dagtekening) {
            String bsn = root.valueOrNull("Client/Bsn");
            String referentie = root.valueOrNull("Client/Verzoek/ReferentieAanbieder");
            check("TR347", !pair.requests.containsKey(referentie), "ReferentieAanbieder " + referentie + " reused");
            check("TR374", pair.requests.values().stream().noneMatch(r -> r.bsn.equals(bsn) && !r.honoured
                    && !r.rejected), "a request of this client is pending");
            Set<Long> listed = new TreeSet<>();
            root.all("Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct/ToewijzingNummer")
                    .forEach(n -> listed.add(Long.parseLong(n.text())));
            for (XmlElement p : root.all("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct")) {
                long nummer = Long.parseLong(p.valueOrNull("ToewijzingNummer"));
                listed.add(nummer);
                LocalDate gewenst = date(p, "GewensteIngangsdatum");
                check("CS003", !date(p, "Einddatum").isBefore(gewenst), "end before the desired start");
                Allocation a = pair.allocations.get(nummer);
                check("TR357", a == null || gewenst.isAfter(dagtekening) || gewenst.equals(a.ingang),
                        "past GewensteIngangsdatum differs from the Ingangsdatum");
            }
            Set<Long> actual = new TreeSet<>();
            pair.allocations.forEach((nummer, a) -> {
                if (a.bsn.equals(bsn) && !a.deleted() && !a.eind.isBefore(GeneratedSet.RUN_DATE)) {
                    actual.add(nummer);
                }
            });
            check("TR349", listed.containsAll(actual), "not every actual allocation listed: " + actual);
            check("TR351", actual.containsAll(listed), "a listed allocation is not actual: " + listed);
            if (apply && broken.isEmpty()) {
                Request request = new Request();
                request.bsn = bsn;
                pair.requests.put(referentie, request);
            }
        }

        void antwoord(Pair pair, XmlElement root) {
            String referentie = root.valueOrNull("Antwoord/ReferentieAanbieder");
            String antwoord = root.valueOrNull("Antwoord/VerzoekAntwoord");
            boolean reden = root.find("Antwoord/RedenAfwijzingVerzoek").isPresent();
            check("CD085", !"1".equals(antwoord) || reden, "rejection without a reason");
            check("CD086", !"2".equals(antwoord) || !reden, "investigation with a reason");
            check("TR409", root.find("Antwoord/Woonplaatsbeginsel").isEmpty()
                    || "8".equals(root.valueOrNull("Antwoord/RedenAfwijzingVerzoek")), "woonplaatsbeginsel");
            Request request = pair.requests.get(referentie);
            check("TR355", request != null, "no request " + referentie);
            if (request == null) {
                return;
            }
            check("TR359", !request.honoured, "request already honoured");
            check("TR365", !request.rejected, "request already answered");
            check("TR360", !("2".equals(antwoord) && request.investigating), "second investigation");
            if (apply && broken.isEmpty()) {
                request.rejected = "1".equals(antwoord);
                request.investigating = "2".equals(antwoord);
            }
        }

        void declaratie(Pair pair, XmlElement root, String gemeente, String aanbieder, LocalDate dagtekening,
                boolean partial) {
            XmlElement d = root.find("Declaratie").orElseThrow();
            LocalDate periodBegin = date(d, "DeclaratiePeriode/Begindatum");
            LocalDate periodEnd = date(d, "DeclaratiePeriode/Einddatum");
            YearMonth period = YearMonth.from(periodBegin);
            check("CS340", periodBegin.getDayOfMonth() == 1 && periodEnd.equals(period.atEndOfMonth()), "period");
            check("TR333", !pair.declaratieNummers.contains(d.valueOrNull("DeclaratieNummer")), "DeclaratieNummer");
            check("TR318", pair.lastPeriod == null || !period.isBefore(pair.lastPeriod), "period before the last");
            long sum = 0;
            for (XmlElement p : d.all("Clienten/Client/Prestaties/Prestatie")) {
                long bedrag = Long.parseLong(p.valueOrNull("IngediendBedrag/Bedrag"));
                sum += "C".equals(p.valueOrNull("IngediendBedrag/DebetCredit")) ? -bedrag : bedrag;
            }
            long totaal = Long.parseLong(d.valueOrNull("TotaalIngediendBedrag/TotaalBedrag"));
            check("TR358", sum == ("C".equals(d.valueOrNull("TotaalIngediendBedrag/DebetCredit")) ? -totaal : totaal),
                    "total " + totaal + " is not the sum " + sum);
            if (!broken.isEmpty()) {
                return;
            }
            int rejected = 0;
            List<Runnable> approvals = new ArrayList<>();
            Set<String> creditedHere = new HashSet<>();
            Map<Long, Long> debitedHere = new HashMap<>();
            for (XmlElement client : d.all("Clienten/Client")) {
                String bsn = client.valueOrNull("Bsn");
                for (XmlElement p : client.all("Prestaties/Prestatie")) {
                    List<String> before = broken;
                    broken = new ArrayList<>();
                    Runnable approval = prestatie(pair, p, bsn, gemeente, aanbieder, dagtekening, periodEnd,
                            creditedHere, debitedHere);
                    if (broken.isEmpty()) {
                        approvals.add(approval);
                    } else {
                        rejected++;
                    }
                    List<String> found = broken;
                    broken = before;
                    broken.addAll(found);
                }
            }
            if (partial) {
                // exactly the one wrong prestatie is rejected; the others are approved
                check("partial", rejected == 1, rejected + " prestaties rejected");
            }
            if ((apply || partial) && (partial || broken.isEmpty())) {
                approvals.forEach(Runnable::run);
                pair.declaratieNummers.add(d.valueOrNull("DeclaratieNummer"));
                pair.lastPeriod = pair.lastPeriod == null || period.isAfter(pair.lastPeriod) ? period : pair.lastPeriod;
                pair.sent.add("323|" + root.valueOrNull("Header/BerichtIdentificatie/Identificatie"));
            }
        }

        /** Checks one prestatie; returns what approving it changes. */
        Runnable prestatie(Pair pair, XmlElement p, String bsn, String gemeente, String aanbieder,
                LocalDate dagtekening, LocalDate periodEnd, Set<String> creditedHere, Map<Long, Long> debitedHere) {
            String referentie = p.valueOrNull("ProductReferentie/ReferentieNummer");
            String vorig = p.valueOrNull("ProductReferentie/VorigReferentieNummer");
            long nummer = Long.parseLong(p.valueOrNull("ToewijzingNummer"));
            LocalDate begin = date(p, "ProductPeriode/Begindatum");
            LocalDate end = date(p, "ProductPeriode/Einddatum");
            long volume = Long.parseLong(p.valueOrNull("GeleverdVolume"));
            long bedrag = Long.parseLong(p.valueOrNull("IngediendBedrag/Bedrag"));
            boolean credit = "C".equals(p.valueOrNull("IngediendBedrag/DebetCredit"));
            String line = nummer + "|" + p.valueOrNull("ProductCategorie") + "|" + p.valueOrNull("ProductCode") + "|"
                    + begin + "|" + end;
            check("CD060", credit == (vorig != null), "VorigReferentieNummer and credit");
            check("CS337", YearMonth.from(begin).equals(YearMonth.from(end)) && !end.isBefore(begin), "one month");
            check("TR319", !end.isAfter(periodEnd), "after the declaration period");
            check("TR137", !end.isAfter(dagtekening), "after the Dagtekening");
            check("TR314", !pair.referentieNummers.contains(referentie), "ReferentieNummer " + referentie + " reused");
            long tarief = Long.parseLong(p.valueOrNull("ProductTarief"));
            check("TR346", bedrag == volume * tarief, bedrag + " is not " + volume + " x " + tarief);
            if (credit) {
                Debit debit = pair.approvedDebits.get(vorig);
                check("TR323", debit != null, "credit of an unknown debit " + vorig);
                check("TR390", !pair.credited.contains(vorig) && !creditedHere.contains(vorig), "credited twice");
                creditedHere.add(vorig);
                return () -> {
                    pair.referentieNummers.add(referentie);
                    pair.credited.add(vorig);
                    pair.openLines.remove(debit.line());
                    pair.allocations.get(debit.nummer()).cumulative -= debit.volume();
                };
            }
            Allocation a = pair.allocations.get(nummer);
            check("TR338", a != null, "no allocation " + nummer);
            if (a == null) {
                return () -> { };
            }
            check("TR304", a.bsn.equals(bsn), nummer + " belongs to another client");
            check("TR384", !a.deleted(), nummer + " was deleted");
            check("TR339", a.categorie.equals(p.valueOrNull("ProductCategorie")), "category");
            check("TR340", a.code.equals(p.valueOrNull("ProductCode")), "code");
            check("TR341", a.eenheid.equals(p.valueOrNull("Eenheid")), "unit");
            check("TR307", !begin.isBefore(a.ingang), "before the allocation");
            check("TR308", !end.isAfter(a.eind), "after the allocation");
            LocalDate monthStart = YearMonth.from(begin).atDay(1);
            check("TR387", begin.equals(a.ingang.isAfter(monthStart) ? a.ingang : monthStart), "Begindatum " + begin);
            LocalDate monthEnd = YearMonth.from(begin).atEndOfMonth();
            check("TR388", end.equals(a.eind.isBefore(monthEnd) ? a.eind : monthEnd), "Einddatum " + end);
            boolean weekly = "2".equals(a.frequentie);
            long periodMax = weekly ? a.volume * weeks(begin, end) : a.volume;
            long totalMax = a.volume * (weekly ? weeks(a.ingang, a.eind)
                    : ChronoUnit.MONTHS.between(YearMonth.from(a.ingang), YearMonth.from(a.eind)) + 1);
            check("TR321", volume <= periodMax, volume + " > " + periodMax);
            long creditedVolume = creditedHere.stream().map(pair.approvedDebits::get)
                    .filter(debit -> debit.nummer() == nummer).mapToLong(Debit::volume).sum();
            // the debits of this message count in document order (credits first), variants.md §6.3
            long earlierHere = debitedHere.getOrDefault(nummer, 0L);
            check("TR322", a.cumulative - creditedVolume + earlierHere + volume <= totalMax,
                    "over the total " + totalMax);
            debitedHere.merge(nummer, volume, Long::sum);
            boolean creditedLine = creditedHere.stream().map(pair.approvedDebits::get)
                    .anyMatch(debit -> debit.line().equals(line));
            check("TR389", !pair.openLines.contains(line) || creditedLine, "a second debit for " + line);
            List<Tariff> contract = tariffs.get(gemeente + "|" + aanbieder + "|" + a.code);
            check("TR418", contract != null && contract.stream().anyMatch(t -> !begin.isBefore(t.from())
                    && !begin.isAfter(t.to()) && t.cents() == tarief), "tariff " + tarief + " is not the contract's");
            return () -> {
                pair.referentieNummers.add(referentie);
                pair.approvedDebits.put(referentie, new Debit(bsn, nummer, line, volume));
                pair.openLines.add(line);
                a.cumulative += volume;
            };
        }

        private static long weeks(LocalDate from, LocalDate to) {
            LocalDate mondayFrom = from.with(DayOfWeek.MONDAY);
            LocalDate mondayTo = to.with(DayOfWeek.MONDAY);
            return ChronoUnit.DAYS.between(mondayFrom, mondayTo) / 7 + 1;
        }

        private static LocalDate date(XmlElement element, String path) {
            String value = element.valueOrNull(path);
            return value == null ? null : LocalDate.parse(value);
        }
    }
}
