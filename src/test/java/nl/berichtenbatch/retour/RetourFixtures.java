package nl.berichtenbatch.retour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.message.Standard;

/**
 * Named messages for the retour tests: the team's valid samples, and a few richer heenberichten (more classes,
 * several clients) written once for both standards. Every fixture passes level 1.
 */
final class RetourFixtures {

    static final MessageReader READER = new MessageReader(SchemaCatalog.bundled(), 26_214_400);
    static final Path SAMPLES = Path.of("sample-messages");

    /** The heenberichten that get a retour (the 323 gets a 325). */
    static final List<MessageType> WITH_RETOUR = List.of(MessageType.TOEWIJZING, MessageType.START,
            MessageType.STOP, MessageType.VERZOEK_OM_TOEWIJZING, MessageType.VERZOEK_OM_WIJZIGING,
            MessageType.ANTWOORD);

    private RetourFixtures() {
    }

    /** A named message for parameterized tests. */
    record Named(String name, MessageRead message) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The valid sample of this type, e.g. {@code sample-messages/ijw/valid/03-jw305-start.xml}. */
    static MessageRead sample(Standard standard, MessageType type) {
        String marker = "-" + standard.messagePrefix().toLowerCase(Locale.ROOT) + type.number() + "-";
        try (Stream<Path> files = Files.list(SAMPLES.resolve(standard.id()).resolve("valid"))) {
            Path file = files.filter(f -> f.getFileName().toString().contains(marker)).findFirst()
                    .orElseThrow(() -> new AssertionError("no valid sample " + marker));
            return passed(READER.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every heenbericht of both standards that gets a retour: the samples and the richer fixtures. */
    static Stream<Named> heenberichten() {
        Stream.Builder<Named> all = Stream.builder();
        for (Standard standard : Standard.values()) {
            for (MessageType type : WITH_RETOUR) {
                all.add(new Named("sample " + standard.messagePrefix() + type.number(), sample(standard, type)));
            }
            all.add(new Named(standard.messagePrefix() + "305 with two starts", startWithTwoProducts(standard)));
            all.add(new Named(standard.messagePrefix() + "317 with every product kind",
                    verzoekOmWijziging(standard)));
            all.add(new Named(standard.messagePrefix() + "301 with special characters",
                    toewijzingWithSpecialCharacters(standard)));
        }
        all.add(new Named("JW319 with Woonplaatsbeginsel", antwoordWithWoonplaatsbeginsel()));
        return all.build();
    }

    /** A 305 with two StartProducten: a cancellation (status 3) and a taakgericht start without ToewijzingNummer. */
    static MessageRead startWithTwoProducts(Standard standard) {
        return message(standard, MessageType.START, "12345678", "0363", """
                  <{m}:Client>
                    <{m}:Bsn>999912343</{m}:Bsn>
                    <{m}:Geboortedatum>
                      <{b}:Datum>2014-06-17</{b}:Datum>
                    </{m}:Geboortedatum>
                    <{m}:Geslacht>1</{m}:Geslacht>
                    <{m}:Naam>
                      <{b}:Geslachtsnaam>
                        <{b}:Achternaam>Boer</{b}:Achternaam>
                      </{b}:Geslachtsnaam>
                      <{b}:Voorletters>DW</{b}:Voorletters>
                    </{m}:Naam>
                    <{m}:StartProducten>
                      <{m}:StartProduct>
                        <{m}:ToewijzingNummer>1001</{m}:ToewijzingNummer>
                        <{m}:Product>
                          <{b}:Categorie>{cat}</{b}:Categorie>
                          <{b}:Code>{code}</{b}:Code>
                        </{m}:Product>
                        <{m}:ToewijzingIngangsdatum>2026-03-01</{m}:ToewijzingIngangsdatum>
                        <{m}:Begindatum>2026-03-03</{m}:Begindatum>
                        <{m}:StatusAanlevering>3</{m}:StatusAanlevering>
                      </{m}:StartProduct>
                      <{m}:StartProduct>
                        <{m}:Product>
                          <{b}:Categorie>{cat}</{b}:Categorie>
                        </{m}:Product>
                        <{m}:Begindatum>2026-03-04</{m}:Begindatum>
                        <{m}:StatusAanlevering>1</{m}:StatusAanlevering>
                      </{m}:StartProduct>
                    </{m}:StartProducten>
                  </{m}:Client>
                """);
    }

    /** A 317 whose Verzoek holds an unchanged, a changed and two new products. */
    static MessageRead verzoekOmWijziging(Standard standard) {
        return message(standard, MessageType.VERZOEK_OM_WIJZIGING, "12345678", "0363", """
                  <{m}:Client>
                    <{m}:Bsn>999912343</{m}:Bsn>
                    <{m}:Verzoek>
                      <{m}:ReferentieAanbieder>VOW-2026-0107</{m}:ReferentieAanbieder>
                      <{m}:RedenVerzoek>1</{m}:RedenVerzoek>
                      <{m}:OngewijzigdeProducten>
                        <{m}:OngewijzigdProduct>
                          <{m}:ToewijzingNummer>910</{m}:ToewijzingNummer>
                        </{m}:OngewijzigdProduct>
                      </{m}:OngewijzigdeProducten>
                      <{m}:TeWijzigenProducten>
                        <{m}:TeWijzigenProduct>
                          <{m}:ToewijzingNummer>789</{m}:ToewijzingNummer>
                          <{m}:GewensteIngangsdatum>2026-11-01</{m}:GewensteIngangsdatum>
                          <{m}:Einddatum>2027-07-01</{m}:Einddatum>
                          <{m}:Omvang>
                            <{b}:Volume>5</{b}:Volume>
                            <{b}:Eenheid>04</{b}:Eenheid>
                            <{b}:Frequentie>2</{b}:Frequentie>
                          </{m}:Omvang>
                        </{m}:TeWijzigenProduct>
                      </{m}:TeWijzigenProducten>
                      <{m}:NieuweProducten>
                        <{m}:NieuwProduct>
                          <{m}:Product>
                            <{b}:Categorie>{cat}</{b}:Categorie>
                            <{b}:Code>{code}</{b}:Code>
                          </{m}:Product>
                          <{m}:GewensteIngangsdatum>2027-01-01</{m}:GewensteIngangsdatum>
                          <{m}:Einddatum>2027-07-01</{m}:Einddatum>
                          <{m}:Omvang>
                            <{b}:Volume>2</{b}:Volume>
                            <{b}:Eenheid>04</{b}:Eenheid>
                            <{b}:Frequentie>2</{b}:Frequentie>
                          </{m}:Omvang>
                        </{m}:NieuwProduct>
                        <{m}:NieuwProduct>
                          <{m}:GewensteIngangsdatum>2027-01-01</{m}:GewensteIngangsdatum>
                          <{m}:Einddatum>2027-12-31</{m}:Einddatum>
                          <{m}:Budget>150000</{m}:Budget>
                        </{m}:NieuwProduct>
                      </{m}:NieuweProducten>
                    </{m}:Verzoek>
                  </{m}:Client>
                """);
    }

    /** An iJw 319 rejecting a request because another gemeente is responsible (CASE-17). */
    static MessageRead antwoordWithWoonplaatsbeginsel() {
        return message(Standard.IJW, MessageType.ANTWOORD, "0363", "12345678", """
                  <{m}:Antwoord>
                    <{m}:ReferentieAanbieder>VOT-2026-0042</{m}:ReferentieAanbieder>
                    <{m}:VerzoekAntwoord>1</{m}:VerzoekAntwoord>
                    <{m}:RedenAfwijzingVerzoek>8</{m}:RedenAfwijzingVerzoek>
                    <{m}:Woonplaatsbeginsel>
                      <{m}:Gemeente>1916</{m}:Gemeente>
                    </{m}:Woonplaatsbeginsel>
                  </{m}:Antwoord>
                """);
    }

    /** The 301 sample with markup characters, a line break and a carriage return in its Commentaar. */
    static MessageRead toewijzingWithSpecialCharacters(Standard standard) {
        String prefix = prefix(standard, MessageType.TOEWIJZING);
        String xml = sampleText(standard, MessageType.TOEWIJZING).replaceFirst(
                "<" + prefix + ":Commentaar>[^<]*</" + prefix + ":Commentaar>",
                "<" + prefix + ":Commentaar>Zorg &amp; begeleiding &lt;thuis&gt; \"'é€&#xD;\nregel 2</" + prefix
                        + ":Commentaar>");
        return read(xml);
    }

    /**
     * A 323 with two clients: client 1 with P1 (5000 D) and P2 (24000 D), client 2 with the credit P3 (1000 C);
     * TotaalIngediendBedrag 28000 D.
     */
    static MessageRead declaratie(Standard standard) {
        return message(standard, MessageType.DECLARATIE, "12345678", "0363", """
                  <{m}:Declaratie>
                    <{m}:DeclaratieNummer>DN2026040001</{m}:DeclaratieNummer>
                    <{m}:DeclaratiePeriode>
                      <{b}:Begindatum>2026-04-01</{b}:Begindatum>
                      <{b}:Einddatum>2026-04-30</{b}:Einddatum>
                    </{m}:DeclaratiePeriode>
                    <{m}:DeclaratieDagtekening>2026-05-06</{m}:DeclaratieDagtekening>
                    <{m}:TotaalIngediendBedrag>
                      <{b}:TotaalBedrag>28000</{b}:TotaalBedrag>
                      <{b}:DebetCredit>D</{b}:DebetCredit>
                    </{m}:TotaalIngediendBedrag>
                    <{m}:Clienten>
                      <{m}:Client>
                        <{m}:Bsn>999912343</{m}:Bsn>
                        <{m}:Prestaties>
                """ + prestatie("RN001", null, "1", "5000", "D") + prestatie("RN002", null, "4", "24000", "D") + """
                        </{m}:Prestaties>
                      </{m}:Client>
                      <{m}:Client>
                        <{m}:Bsn>999900006</{m}:Bsn>
                        <{m}:Prestaties>
                """ + prestatie("RN003", "RT003", "1", "1000", "C") + """
                        </{m}:Prestaties>
                      </{m}:Client>
                    </{m}:Clienten>
                  </{m}:Declaratie>
                """);
    }

    private static String prestatie(String referentie, String vorige, String volume, String bedrag, String dc) {
        String tarief = Long.toString(Long.parseLong(bedrag) / Long.parseLong(volume));
        return """
                          <{m}:Prestatie>
                            <{m}:ProductReferentie>
                              <{b}:ReferentieNummer>%s</{b}:ReferentieNummer>
                %s            </{m}:ProductReferentie>
                            <{m}:ToewijzingNummer>1001</{m}:ToewijzingNummer>
                            <{m}:ProductCategorie>{cat}</{m}:ProductCategorie>
                            <{m}:ProductCode>{code}</{m}:ProductCode>
                            <{m}:ProductPeriode>
                              <{b}:Begindatum>2026-04-01</{b}:Begindatum>
                              <{b}:Einddatum>2026-04-30</{b}:Einddatum>
                            </{m}:ProductPeriode>
                            <{m}:GeleverdVolume>%s</{m}:GeleverdVolume>
                            <{m}:Eenheid>04</{m}:Eenheid>
                            <{m}:ProductTarief>%s</{m}:ProductTarief>
                            <{m}:IngediendBedrag>
                              <{b}:Bedrag>%s</{b}:Bedrag>
                              <{b}:DebetCredit>%s</{b}:DebetCredit>
                            </{m}:IngediendBedrag>
                          </{m}:Prestatie>
                """.formatted(referentie,
                vorige == null ? "" : "              <{b}:VorigReferentieNummer>" + vorige
                        + "</{b}:VorigReferentieNummer>\n",
                volume, tarief, bedrag, dc);
    }

    private static MessageRead message(Standard standard, MessageType type, String afzender, String ontvanger,
            String body) {
        MessageKind kind = new MessageKind(standard, "3.2", type);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <{m}:Bericht xmlns:{m}="{ns}" xmlns:{b}="{bns}">
                  <{m}:Header>
                    <{m}:BerichtCode>{code302}</{m}:BerichtCode>
                    <{m}:BerichtVersie>3</{m}:BerichtVersie>
                    <{m}:BerichtSubversie>2</{m}:BerichtSubversie>
                    <{m}:Afzender>{afzender}</{m}:Afzender>
                    <{m}:Ontvanger>{ontvanger}</{m}:Ontvanger>
                    <{m}:BerichtIdentificatie>
                      <{b}:Identificatie>F-{name}-01</{b}:Identificatie>
                      <{b}:Dagtekening>2026-05-06</{b}:Dagtekening>
                    </{m}:BerichtIdentificatie>
                    <{m}:XsdVersie>
                      <{b}:BasisschemaXsdVersie>1.0.0</{b}:BasisschemaXsdVersie>
                      <{b}:BerichtXsdVersie>1.0.0</{b}:BerichtXsdVersie>
                    </{m}:XsdVersie>
                  </{m}:Header>
                """ + body + """
                </{m}:Bericht>
                """;
        boolean ijw = standard == Standard.IJW;
        return read(xml.replace("{m}", prefix(standard, type))
                .replace("{b}", standard.id())
                .replace("{ns}", kind.namespace())
                .replace("{bns}", kind.basisschemaNamespace())
                .replace("{code302}", kind.berichtCode())
                .replace("{afzender}", afzender)
                .replace("{ontvanger}", ontvanger)
                .replace("{name}", kind.name())
                .replace("{cat}", ijw ? "45" : "02")
                .replace("{code}", ijw ? "45A01" : "02A01"));
    }

    static String prefix(Standard standard, MessageType type) {
        return standard.messagePrefix().toLowerCase(Locale.ROOT) + type.number();
    }

    private static String sampleText(Standard standard, MessageType type) {
        try {
            return Files.readString(sample(standard, type).file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageRead read(String xml) {
        return passed(READER.check(Path.of("fixture.xml"), xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageRead passed(MessageRead read) {
        if (!read.isValid()) {
            throw new AssertionError("fixture " + read.file() + " fails level 1: " + read.findings());
        }
        return read;
    }
}
