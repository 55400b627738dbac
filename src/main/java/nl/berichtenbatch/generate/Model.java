package nl.berichtenbatch.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.berichtenbatch.message.MessageKind;

/**
 * The content of the messages the generator writes, as values: the story decides them, {@link Render} writes
 * them, {@link Defects} makes a wrong copy of them. Nothing here draws random numbers.
 */
final class Model {

    private Model() {
    }

    /** A name: Geslachtsnaam, optional partner name, voornamen and initials, NaamGebruik (COD700). */
    record Name(String achternaam, String voorvoegsel, String partnerAchternaam, String partnerVoorvoegsel,
            String voornamen, String voorletters, String naamGebruik) {
    }

    record Address(String straat, int huisnummer, String huisletter, String toevoeging, String postcode,
            String plaats) {
    }

    /** A relation of the client (iJw: a parent; iWmo: a son, daughter or partner). */
    record Relation(String soort, LocalDate geboortedatum, String geslacht, Name naam, String contactSoort,
            Address address, String telefoon, String email) {
    }

    /** A client as the gemeente knows them. */
    record Person(String bsn, LocalDate geboortedatum, String geslacht, Name naam, Address address, String telefoon,
            Relation relatie) {

        Person withBsn(String other) {
            return new Person(other, geboortedatum, geslacht, naam, address, telefoon, relatie);
        }
    }

    /** The header fields of a heenbericht (for a retour: of the heenbericht it answers, copied unchanged). */
    record Header(String afzender, String ontvanger, String identificatie, LocalDate dagtekening) {

        Header withIdentificatie(String other) {
            return new Header(afzender, ontvanger, other, dagtekening);
        }

        Header withDagtekening(LocalDate other) {
            return new Header(afzender, ontvanger, identificatie, other);
        }
    }

    /** One message to write. {@code kind} is the message itself (for a retour: the retour's kind). */
    record Message(MessageKind kind, Header header, Body body) {

        Message with(Header other) {
            return new Message(kind, other, body);
        }

        Message with(Body other) {
            return new Message(kind, header, other);
        }
    }

    sealed interface Body permits Toewijzing, Delivery, Vot, Vow, Antwoord, Declaratie, DeclaratieAntwoord,
            Retour {
    }

    record Omvang(int volume, String eenheid, String frequentie) {
    }

    record ToegewezenProduct(long nummer, String referentie, String categorie, String code,
            LocalDate toewijzingsdatum, LocalTime toewijzingstijd, LocalDate ingangsdatum, LocalDate einddatum,
            String redenWijziging, Omvang omvang, String commentaar) {

        ToegewezenProduct withEinddatum(LocalDate other) {
            return new ToegewezenProduct(nummer, referentie, categorie, code, toewijzingsdatum, toewijzingstijd,
                    ingangsdatum, other, redenWijziging, omvang, commentaar);
        }

        ToegewezenProduct withReferentie(String other) {
            return new ToegewezenProduct(nummer, other, categorie, code, toewijzingsdatum, toewijzingstijd,
                    ingangsdatum, einddatum, redenWijziging, omvang, commentaar);
        }
    }

    /** 301. */
    record Toewijzing(Person client, List<ToegewezenProduct> products) implements Body {
    }

    /** A StartProduct (reden and einddatum null) or StopProduct. */
    record DeliveryLine(long nummer, String categorie, String code, LocalDate toewijzingIngangsdatum,
            LocalDate begindatum, String reden, LocalDate einddatum, String status) {

        DeliveryLine with(long otherNummer, LocalDate otherBegindatum, LocalDate otherEinddatum, String otherStatus) {
            return new DeliveryLine(otherNummer, categorie, code, toewijzingIngangsdatum, otherBegindatum, reden,
                    otherEinddatum, otherStatus);
        }
    }

    /** 305 or 307 (stop when the lines carry a reden). */
    record Delivery(Person client, List<DeliveryLine> lines) implements Body {
    }

    record Verwijzer(String type, String naam, String zorgverlenerCode) {
    }

    record AangevraagdProduct(String referentie, Long beschikkingNummer, String categorie, String code,
            LocalDate beschikkingIngangsdatum, LocalDate ingangsdatum, LocalDate einddatum, Omvang omvang,
            Verwijzer verwijzer, String commentaar) {

        AangevraagdProduct with(String otherReferentie, LocalDate otherEinddatum) {
            return new AangevraagdProduct(otherReferentie, beschikkingNummer, categorie, code,
                    beschikkingIngangsdatum, ingangsdatum, otherEinddatum, omvang, verwijzer, commentaar);
        }
    }

    /** 315. */
    record Vot(Person client, String gezagsdragerBekend, List<AangevraagdProduct> products) implements Body {
    }

    record TeWijzigenProduct(long nummer, LocalDate gewensteIngangsdatum, LocalDate einddatum, Omvang omvang) {
    }

    /** 317. */
    record Vow(String bsn, String referentie, String redenVerzoek, List<Long> ongewijzigd,
            List<TeWijzigenProduct> teWijzigen) implements Body {
    }

    /** 319. */
    record Antwoord(String referentie, String verzoekAntwoord, String reden, String woonplaatsGemeente)
            implements Body {
    }

    /** A Prestatie of a 323; {@code bedrag} is unsigned, {@code credit} says C. */
    record Prestatie(String referentie, String vorigReferentie, long nummer, String categorie, String code,
            LocalDate begindatum, LocalDate einddatum, long volume, String eenheid, long tarief, long bedrag,
            boolean credit) {

        long signed() {
            return credit ? -bedrag : bedrag;
        }
    }

    record DeclaratieClient(String bsn, List<Prestatie> prestaties) {
    }

    /** 323; {@code totaal} is the signed TotaalIngediendBedrag as written. */
    record Declaratie(String nummer, LocalDate periodeBegin, LocalDate periodeEind, LocalDate dagtekening,
            long totaal, List<DeclaratieClient> clients) implements Body {

        static long sum(List<DeclaratieClient> clients) {
            return clients.stream().flatMap(c -> c.prestaties().stream()).mapToLong(Prestatie::signed).sum();
        }

        int prestaties() {
            return clients.stream().mapToInt(c -> c.prestaties().size()).sum();
        }
    }

    /** 325 that approves a whole 323. */
    record DeclaratieAntwoord(String declaratieIdentificatie, LocalDate declaratieDagtekening,
            String declaratieNummer, long totaal) implements Body {
    }

    /** A header-only retour ("all OK") to the heenbericht whose header the message carries. */
    record Retour(String identificatieRetour, LocalDate dagtekeningRetour) implements Body {
    }
}
