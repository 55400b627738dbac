package nl.berichtenbatch.generate;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.berichtenbatch.generate.Model.AangevraagdProduct;
import nl.berichtenbatch.generate.Model.Address;
import nl.berichtenbatch.generate.Model.Antwoord;
import nl.berichtenbatch.generate.Model.Declaratie;
import nl.berichtenbatch.generate.Model.DeclaratieAntwoord;
import nl.berichtenbatch.generate.Model.DeclaratieClient;
import nl.berichtenbatch.generate.Model.Delivery;
import nl.berichtenbatch.generate.Model.DeliveryLine;
import nl.berichtenbatch.generate.Model.Header;
import nl.berichtenbatch.generate.Model.Message;
import nl.berichtenbatch.generate.Model.Name;
import nl.berichtenbatch.generate.Model.Omvang;
import nl.berichtenbatch.generate.Model.Person;
import nl.berichtenbatch.generate.Model.Prestatie;
import nl.berichtenbatch.generate.Model.Relation;
import nl.berichtenbatch.generate.Model.Retour;
import nl.berichtenbatch.generate.Model.TeWijzigenProduct;
import nl.berichtenbatch.generate.Model.ToegewezenProduct;
import nl.berichtenbatch.generate.Model.Toewijzing;
import nl.berichtenbatch.generate.Model.Vot;
import nl.berichtenbatch.generate.Model.Vow;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.Standard;

/** Writes a {@link Message} as the XML of its schema, element order and namespaces as in sample-messages/. */
final class Render {

    /** BasisschemaXsdVersie and BerichtXsdVersie, as in every example message (messages.md §3). */
    static final String XSD_VERSION = "1.0.0";
    private static final String DEBET = "D";
    private static final String CREDIT = "C";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Render() {
    }

    static String render(Message message) {
        XmlText xml = new XmlText(message.kind());
        Model.Body body = message.body();
        Standard standard = message.kind().standard();
        if (body instanceof Retour retour) {
            retour(xml, message, retour);
        } else if (body instanceof DeclaratieAntwoord antwoord) {
            declaratieAntwoord(xml, message, antwoord);
        } else {
            header(xml, message.kind(), message.header());
            xml.close("Header");
            if (body instanceof Toewijzing t) {
                toewijzing(xml, t);
            } else if (body instanceof Delivery d) {
                delivery(xml, d);
            } else if (body instanceof Vot v) {
                vot(xml, v, standard);
            } else if (body instanceof Vow v) {
                vow(xml, v);
            } else if (body instanceof Antwoord a) {
                antwoord(xml, a, standard);
            } else if (body instanceof Declaratie d) {
                declaratie(xml, d);
            }
        }
        return xml.finish();
    }

    /** Opens Header and writes the fields every header starts with; the caller adds the rest and closes it. */
    private static void header(XmlText xml, MessageKind kind, Header header) {
        xml.open("Header")
                .leaf("BerichtCode", kind.berichtCode())
                .leaf("BerichtVersie", "3")
                .leaf("BerichtSubversie", "2")
                .leaf("Afzender", header.afzender())
                .leaf("Ontvanger", header.ontvanger())
                .open("BerichtIdentificatie")
                .leafBasis("Identificatie", header.identificatie())
                .leafBasis("Dagtekening", header.dagtekening())
                .close("BerichtIdentificatie");
        xsdVersie(xml, "XsdVersie");
    }

    private static void xsdVersie(XmlText xml, String element) {
        xml.open(element)
                .leafBasis("BasisschemaXsdVersie", XSD_VERSION)
                .leafBasis("BerichtXsdVersie", XSD_VERSION)
                .close(element);
    }

    private static void retour(XmlText xml, Message message, Retour retour) {
        header(xml, message.kind(), message.header());
        xml.leaf("IdentificatieRetour", retour.identificatieRetour())
                .leaf("DagtekeningRetour", retour.dagtekeningRetour());
        xsdVersie(xml, "XsdVersieRetour");
        xml.close("Header");
    }

    private static void declaratieAntwoord(XmlText xml, Message message, DeclaratieAntwoord antwoord) {
        header(xml, message.kind(), message.header());
        xml.open("DeclaratieIdentificatie")
                .leafBasis("Identificatie", antwoord.declaratieIdentificatie())
                .leafBasis("Dagtekening", antwoord.declaratieDagtekening())
                .close("DeclaratieIdentificatie");
        xsdVersie(xml, "XsdVersieDeclaratie");
        xml.open("RetourCodes").leaf("RetourCode", "0200").close("RetourCodes");
        xml.close("Header");
        xml.open("DeclaratieAntwoord").leaf("DeclaratieNummer", antwoord.declaratieNummer());
        totaal(xml, "TotaalIngediendBedrag", antwoord.totaal());
        totaal(xml, "TotaalToegekendBedrag", antwoord.totaal());
        xml.open("RetourCodes").leaf("RetourCode", "8001").close("RetourCodes");
        xml.close("DeclaratieAntwoord");
    }

    private static void toewijzing(XmlText xml, Toewijzing t) {
        Person client = t.client();
        xml.open("Client").leaf("Bsn", client.bsn());
        geboortedatum(xml, client.geboortedatum().toString());
        xml.leaf("Geslacht", client.geslacht());
        fullName(xml, client.naam());
        Relation relatie = client.relatie();
        if (relatie != null) {
            xml.open("Relaties").open("Relatie")
                    .leaf("Nummer", "1")
                    .leaf("Volgorde", "1")
                    .leaf("Soort", relatie.soort());
            if (relatie.geboortedatum() != null) {
                geboortedatum(xml, relatie.geboortedatum().toString());
            }
            xml.leaf("Geslacht", relatie.geslacht());
            fullName(xml, relatie.naam());
            contact(xml, relatie.contactSoort(), relatie.address(), relatie.telefoon(), relatie.email());
            xml.close("Relatie").close("Relaties");
        }
        xml.open("Contactgegevens");
        contact(xml, "01", client.address(), client.telefoon(), null);
        xml.close("Contactgegevens");
        xml.open("ToegewezenProducten");
        for (ToegewezenProduct p : t.products()) {
            xml.open("ToegewezenProduct")
                    .leaf("ToewijzingNummer", p.nummer())
                    .leaf("ReferentieAanbieder", p.referentie());
            product(xml, p.categorie(), p.code());
            xml.leaf("Toewijzingsdatum", p.toewijzingsdatum())
                    .leaf("Toewijzingstijd", time(p.toewijzingstijd()))
                    .leaf("Ingangsdatum", p.ingangsdatum())
                    .leaf("Einddatum", p.einddatum())
                    .leaf("RedenWijziging", p.redenWijziging());
            omvang(xml, "Omvang", p.omvang());
            xml.leaf("Commentaar", p.commentaar()).close("ToegewezenProduct");
        }
        xml.close("ToegewezenProducten").close("Client");
    }

    private static String time(LocalTime time) {
        return TIME.format(time);
    }

    private static void geboortedatum(XmlText xml, String datum) {
        xml.open("Geboortedatum").leafBasis("Datum", datum).close("Geboortedatum");
    }

    private static void fullName(XmlText xml, Name naam) {
        xml.open("Naam");
        surname(xml, "Geslachtsnaam", naam.achternaam(), naam.voorvoegsel());
        if (naam.partnerAchternaam() != null) {
            surname(xml, "Partnernaam", naam.partnerAchternaam(), naam.partnerVoorvoegsel());
        }
        xml.leafBasis("Voornamen", naam.voornamen())
                .leafBasis("Voorletters", naam.voorletters())
                .leafBasis("NaamGebruik", naam.naamGebruik())
                .close("Naam");
    }

    private static void shortName(XmlText xml, Name naam) {
        xml.open("Naam");
        surname(xml, "Geslachtsnaam", naam.achternaam(), naam.voorvoegsel());
        xml.leafBasis("Voornamen", naam.voornamen())
                .leafBasis("Voorletters", naam.voorletters())
                .close("Naam");
    }

    private static void surname(XmlText xml, String element, String achternaam, String voorvoegsel) {
        xml.openBasis(element)
                .leafBasis("Achternaam", achternaam)
                .leafBasis("Voorvoegsel", voorvoegsel == null || voorvoegsel.isEmpty() ? null : voorvoegsel)
                .closeBasis(element);
    }

    private static void contact(XmlText xml, String soort, Address address, String telefoon, String email) {
        xml.open("Contact").leaf("Soort", soort);
        if (address != null) {
            xml.open("Adres")
                    .openBasis("Huis")
                    .leafBasis("Huisnummer", address.huisnummer())
                    .leafBasis("Huisletter", address.huisletter())
                    .leafBasis("HuisnummerToevoeging", address.toevoeging())
                    .closeBasis("Huis")
                    .leafBasis("Postcode", address.postcode())
                    .leafBasis("Straatnaam", address.straat())
                    .leafBasis("Plaatsnaam", address.plaats())
                    .leafBasis("LandCode", "NL")
                    .close("Adres");
        }
        if (telefoon != null) {
            xml.open("Telefoon")
                    .openBasis("Telefoon01")
                    .leafBasis("Telefoonnummer", telefoon)
                    .leafBasis("Landnummer", "0031")
                    .closeBasis("Telefoon01")
                    .close("Telefoon");
        }
        xml.leaf("Emailadres", email).close("Contact");
    }

    private static void product(XmlText xml, String categorie, String code) {
        if (categorie != null) {
            xml.open("Product").leafBasis("Categorie", categorie).leafBasis("Code", code).close("Product");
        }
    }

    private static void omvang(XmlText xml, String element, Omvang omvang) {
        if (omvang != null) {
            xml.open(element)
                    .leafBasis("Volume", omvang.volume())
                    .leafBasis("Eenheid", omvang.eenheid())
                    .leafBasis("Frequentie", omvang.frequentie())
                    .close(element);
        }
    }

    private static void delivery(XmlText xml, Delivery d) {
        boolean stop = d.lines().get(0).reden() != null;
        String wrapper = stop ? "StopProducten" : "StartProducten";
        String element = stop ? "StopProduct" : "StartProduct";
        shortClient(xml, d.client());
        xml.open(wrapper);
        for (DeliveryLine line : d.lines()) {
            xml.open(element).leaf("ToewijzingNummer", line.nummer());
            product(xml, line.categorie(), line.code());
            xml.leaf("ToewijzingIngangsdatum", line.toewijzingIngangsdatum())
                    .leaf("Begindatum", line.begindatum())
                    .leaf("RedenBeeindiging", line.reden())
                    .leaf("Einddatum", line.einddatum())
                    .leaf("StatusAanlevering", line.status())
                    .close(element);
        }
        xml.close(wrapper).close("Client");
    }

    /** Opens Client with Bsn, Geboortedatum, Geslacht and the short name; the caller closes it. */
    private static void shortClient(XmlText xml, Person client) {
        xml.open("Client").leaf("Bsn", client.bsn());
        geboortedatum(xml, client.geboortedatum().toString());
        xml.leaf("Geslacht", client.geslacht());
        shortName(xml, client.naam());
    }

    private static void vot(XmlText xml, Vot v, Standard standard) {
        shortClient(xml, v.client());
        if (standard == Standard.IJW) {
            xml.leaf("GezagsdragerBekend", v.gezagsdragerBekend());
        }
        xml.open("AangevraagdeProducten");
        for (AangevraagdProduct p : v.products()) {
            xml.open("AangevraagdProduct")
                    .leaf("ReferentieAanbieder", p.referentie())
                    .leaf("BeschikkingNummer", p.beschikkingNummer());
            product(xml, p.categorie(), p.code());
            xml.leaf("BeschikkingIngangsdatum", p.beschikkingIngangsdatum())
                    .leaf("ToewijzingIngangsdatum", p.ingangsdatum())
                    .leaf("ToewijzingEinddatum", p.einddatum());
            omvang(xml, "Omvang", p.omvang());
            xml.open("Verwijzer")
                    .leafBasis("Type", p.verwijzer().type())
                    .leafBasis("Naam", p.verwijzer().naam())
                    .leafBasis("ZorgverlenerCode", p.verwijzer().zorgverlenerCode())
                    .close("Verwijzer")
                    .leaf("Commentaar", p.commentaar())
                    .close("AangevraagdProduct");
        }
        xml.close("AangevraagdeProducten").close("Client");
    }

    private static void vow(XmlText xml, Vow v) {
        xml.open("Client").leaf("Bsn", v.bsn()).open("Verzoek")
                .leaf("ReferentieAanbieder", v.referentie())
                .leaf("RedenVerzoek", v.redenVerzoek());
        if (!v.ongewijzigd().isEmpty()) {
            xml.open("OngewijzigdeProducten");
            for (Long nummer : v.ongewijzigd()) {
                xml.open("OngewijzigdProduct").leaf("ToewijzingNummer", nummer).close("OngewijzigdProduct");
            }
            xml.close("OngewijzigdeProducten");
        }
        if (!v.teWijzigen().isEmpty()) {
            xml.open("TeWijzigenProducten");
            for (TeWijzigenProduct p : v.teWijzigen()) {
                xml.open("TeWijzigenProduct")
                        .leaf("ToewijzingNummer", p.nummer())
                        .leaf("GewensteIngangsdatum", p.gewensteIngangsdatum())
                        .leaf("Einddatum", p.einddatum());
                omvang(xml, "Omvang", p.omvang());
                xml.close("TeWijzigenProduct");
            }
            xml.close("TeWijzigenProducten");
        }
        xml.close("Verzoek").close("Client");
    }

    private static void antwoord(XmlText xml, Antwoord a, Standard standard) {
        xml.open("Antwoord")
                .leaf("ReferentieAanbieder", a.referentie())
                .leaf("VerzoekAntwoord", a.verzoekAntwoord())
                .leaf("RedenAfwijzingVerzoek", a.reden());
        if (a.woonplaatsGemeente() != null && standard == Standard.IJW) {
            xml.open("Woonplaatsbeginsel").leaf("Gemeente", a.woonplaatsGemeente()).close("Woonplaatsbeginsel");
        }
        xml.close("Antwoord");
    }

    private static void declaratie(XmlText xml, Declaratie d) {
        xml.open("Declaratie")
                .leaf("DeclaratieNummer", d.nummer())
                .open("DeclaratiePeriode")
                .leafBasis("Begindatum", d.periodeBegin())
                .leafBasis("Einddatum", d.periodeEind())
                .close("DeclaratiePeriode")
                .leaf("DeclaratieDagtekening", d.dagtekening());
        totaal(xml, "TotaalIngediendBedrag", d.totaal());
        xml.open("Clienten");
        for (DeclaratieClient client : d.clients()) {
            xml.open("Client").leaf("Bsn", client.bsn()).open("Prestaties");
            for (Prestatie p : client.prestaties()) {
                prestatie(xml, p);
            }
            xml.close("Prestaties").close("Client");
        }
        xml.close("Clienten").close("Declaratie");
    }

    private static void prestatie(XmlText xml, Prestatie p) {
        xml.open("Prestatie")
                .open("ProductReferentie")
                .leafBasis("ReferentieNummer", p.referentie())
                .leafBasis("VorigReferentieNummer", p.vorigReferentie())
                .close("ProductReferentie")
                .leaf("ToewijzingNummer", p.nummer())
                .leaf("ProductCategorie", p.categorie())
                .leaf("ProductCode", p.code())
                .open("ProductPeriode")
                .leafBasis("Begindatum", p.begindatum())
                .leafBasis("Einddatum", p.einddatum())
                .close("ProductPeriode")
                .leaf("GeleverdVolume", p.volume())
                .leaf("Eenheid", p.eenheid())
                .leaf("ProductTarief", p.tarief())
                .open("IngediendBedrag")
                .leafBasis("Bedrag", p.bedrag())
                .leafBasis("DebetCredit", p.credit() ? CREDIT : DEBET)
                .close("IngediendBedrag")
                .close("Prestatie");
    }

    /** A signed total as TotaalBedrag + DebetCredit; zero is 0 D (CS325). */
    private static void totaal(XmlText xml, String element, long signed) {
        xml.open(element)
                .leafBasis("TotaalBedrag", Math.abs(signed))
                .leafBasis("DebetCredit", signed < 0 ? CREDIT : DEBET)
                .close(element);
    }

    /** The prestaties of a declaration in document order, for tests and defects. */
    static List<Prestatie> prestaties(Declaratie d) {
        return d.clients().stream().flatMap(c -> c.prestaties().stream()).toList();
    }
}
