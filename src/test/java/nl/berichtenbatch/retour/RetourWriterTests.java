package nl.berichtenbatch.retour;

import static nl.berichtenbatch.retour.RetourFixtures.READER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

import nl.berichtenbatch.message.MessageClasses;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageType;
import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.message.XmlElement;
import nl.berichtenbatch.message.XsdVersion;
import nl.berichtenbatch.retour.RetourFixtures.Named;

/** The retours and 325s that RetourWriter makes: valid, composed as validation.md §3 says, and reproducible. */
class RetourWriterTests {

    private static final Path OFFICIAL_XSD = Path.of("..", "shared", "reference", "ijw-3.2", "xsd");
    private static final Map<String, Schema> OFFICIAL_SCHEMAS = new ConcurrentHashMap<>();
    private static final RetourWriter writer = new RetourWriter(READER.schemas());
    private static final RetourHeader HEADER = new RetourHeader("R0A1B2C3D4E5", LocalDate.of(2026, 5, 7), null);
    private static final RetourHeader HEADER_WITH_XSLT = new RetourHeader("R0A1B2C3D4E5", LocalDate.of(2026, 5, 7),
            "1.2.0");
    private static final List<String> HEADER_CODES = List.of("S300", "9056", "8848", "9056");
    private static final List<String> CLASS_CODES = List.of("9074", "9019", "9074");

    /** The four outcomes of validation.md §3.1, as a test names them. */
    enum Outcome {
        A(heen -> RetourVerdict.accepted()),
        B(heen -> RetourVerdict.rejectedAtLevel2()),
        C(heen -> RetourVerdict.rejectedInHeader(HEADER_CODES)),
        /** A code on the last class, 0233 on the one before it when there are three or more, 0200 elsewhere. */
        D(heen -> {
            List<String> classes = classPaths(heen);
            String coded = classes.get(classes.size() - 1);
            Set<String> notAssessed = classes.size() >= 3 ? Set.of(classes.get(classes.size() - 2)) : Set.of();
            return RetourVerdict.rejectedInClasses(Map.of(coded, CLASS_CODES), notAssessed);
        });

        final Function<MessageRead, RetourVerdict> verdict;

        Outcome(Function<MessageRead, RetourVerdict> verdict) {
            this.verdict = verdict;
        }

        RetourHeader header() {
            return this == B ? HEADER_WITH_XSLT : HEADER;
        }
    }

    static Stream<Arguments> heenberichtenAndOutcomes() {
        return RetourFixtures.heenberichten()
                .flatMap(heen -> Stream.of(Outcome.values()).map(outcome -> Arguments.of(heen, outcome)));
    }

    // --- retours: valid, header, body ---

    @ParameterizedTest(name = "{0}, outcome {1}")
    @MethodSource("heenberichtenAndOutcomes")
    void retourIsValidAgainstOurSchemaAndCarriesTheHeenberichtHeader(Named heen, Outcome outcome) {
        // given
        RetourVerdict verdict = outcome.verdict.apply(heen.message());
        // when
        MessageRead retour = readBack(writer.retour(heen.message(), verdict, outcome.header()));
        // then
        MessageKind expected = answerKind(heen.message());
        assertThat(retour.kind()).isEqualTo(expected);
        XmlElement header = retour.root().child("Header").orElseThrow();
        XmlElement heenHeader = heen.message().root().child("Header").orElseThrow();
        List<String> names = new ArrayList<>(List.of("BerichtCode", "BerichtVersie", "BerichtSubversie", "Afzender",
                "Ontvanger", "BerichtIdentificatie", "XsdVersie", "IdentificatieRetour", "DagtekeningRetour"));
        if (outcome == Outcome.B) {
            names.add("XsltVersie");
        }
        names.add("XsdVersieRetour");
        if (outcome != Outcome.A) {
            names.add("RetourCodes");
        }
        assertThat(header.children()).extracting(XmlElement::name).containsExactlyElementsOf(names);
        assertThat(header.valueOrNull("BerichtCode")).isEqualTo(expected.berichtCode());
        for (String copied : List.of("BerichtVersie", "BerichtSubversie", "Afzender", "Ontvanger",
                "BerichtIdentificatie", "XsdVersie")) {
            assertSameTree(header.child(copied).orElseThrow(), heenHeader.child(copied).orElseThrow());
        }
        assertThat(header.valueOrNull("IdentificatieRetour")).isEqualTo("R0A1B2C3D4E5");
        assertThat(header.valueOrNull("DagtekeningRetour")).isEqualTo("2026-05-07");
        XsdVersion version = READER.schemas().xsdVersion(expected);
        assertThat(header.valueOrNull("XsdVersieRetour/BasisschemaXsdVersie")).isEqualTo(version.basisschema());
        assertThat(header.valueOrNull("XsdVersieRetour/BerichtXsdVersie")).isEqualTo(version.bericht());
        List<String> headerCodes = switch (outcome) {
            case A -> List.of();
            case B -> List.of("0001");
            case C -> List.of("8848", "9056", "S300");
            case D -> List.of("0200");
        };
        assertThat(codes(header)).isEqualTo(headerCodes);
        if (outcome == Outcome.B) {
            assertThat(header.valueOrNull("XsltVersie")).isEqualTo("1.2.0");
        }
        assertThat(retour.root().children()).hasSize(outcome == Outcome.D ? 2 : 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.berichtenbatch.retour.RetourFixtures#heenberichten")
    void retourInOutcomeDCopiesTheBodyElementByElementWithCodesAfterEveryClass(Named heen) {
        // given
        List<String> classes = classPaths(heen.message());
        RetourVerdict verdict = Outcome.D.verdict.apply(heen.message());
        // when
        MessageRead retour = readBack(writer.retour(heen.message(), verdict, HEADER));
        // then
        Map<String, List<String>> expected = new HashMap<>();
        classes.forEach(path -> expected.put(path, List.of("0200")));
        expected.put(classes.get(classes.size() - 1), List.of("9019", "9074"));
        if (classes.size() >= 3) {
            expected.put(classes.get(classes.size() - 2), List.of("0233"));
        }
        List<XmlElement> heenBody = body(heen.message().root());
        List<XmlElement> retourBody = body(retour.root());
        assertThat(retourBody).hasSameSizeAs(heenBody);
        Map<String, List<String>> found = new HashMap<>();
        for (int i = 0; i < heenBody.size(); i++) {
            assertCopiedWithCodes(heenBody.get(i), retourBody.get(i), classes(heen.message()), found);
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void aStartOfNothingEarlierGivesTheIv028Retour() {
        // given a 305 with one StartProduct, StatusAanlevering 3, never delivered before
        MessageRead start = RetourFixtures.read(new String(RetourFixtures.sample(Standard.IJW, MessageType.START)
                .content(), StandardCharsets.UTF_8).replace("<jw305:StatusAanlevering>1<",
                "<jw305:StatusAanlevering>3<"));
        RetourVerdict verdict = RetourVerdict.rejectedInClasses(
                Map.of("/Bericht/Client/StartProducten/StartProduct[1]", List.of("9063")), Set.of());
        // when
        MessageRead retour = readBack(writer.retour(start, verdict, HEADER));
        // then
        XmlElement root = retour.root();
        assertThat(retour.kind().name()).isEqualTo("JW306");
        assertThat(codes(root.child("Header").orElseThrow())).containsExactly("0200");
        assertThat(codes(root.child("Client").orElseThrow())).containsExactly("0200");
        assertThat(codes(root.find("Client/StartProducten/StartProduct").orElseThrow())).containsExactly("9063");
        assertThat(root.valueOrNull("Client/StartProducten/StartProduct/StatusAanlevering")).isEqualTo("3");
    }

    @Test
    void specialCharactersInTheBodyAreCopiedUnchanged() {
        // given
        MessageRead toewijzing = RetourFixtures.toewijzingWithSpecialCharacters(Standard.IJW);
        String commentaar = "Zorg & begeleiding <thuis> \"'é€\r\nregel 2";
        assertThat(toewijzing.root().valueOrNull("Client/ToegewezenProducten/ToegewezenProduct/Commentaar"))
                .isEqualTo(commentaar);
        // when
        byte[] bytes = writer.retour(toewijzing, RetourVerdict.rejectedInClasses(
                Map.of("/Bericht/Client", List.of("9379")), Set.of()), HEADER);
        // then
        MessageRead retour = readBack(bytes);
        assertThat(retour.root().valueOrNull("Client/ToegewezenProducten/ToegewezenProduct/Commentaar"))
                .isEqualTo(commentaar);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Zorg &amp; begeleiding &lt;thuis&gt; \"'é€&#xD;\r\nregel 2<");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    // --- the 325 ---

    @ParameterizedTest
    @EnumSource(Standard.class)
    void fullyApprovedDeclarationGets8001WithBothTotalsEqual(Standard standard) {
        // given
        MessageRead declaratie = RetourFixtures.declaratie(standard);
        // when
        MessageRead antwoord = readBack(writer.declaratieAntwoord(declaratie, DeclaratieVerdict.approved(), HEADER));
        // then
        assertDeclaratieAntwoordHeader(antwoord, declaratie, List.of("0200"), false);
        XmlElement da = antwoord.root().child("DeclaratieAntwoord").orElseThrow();
        assertThat(da.children()).extracting(XmlElement::name).containsExactly("DeclaratieNummer",
                "TotaalIngediendBedrag", "TotaalToegekendBedrag", "RetourCodes");
        assertThat(da.valueOrNull("DeclaratieNummer")).isEqualTo("DN2026040001");
        assertThat(amount(da, "TotaalIngediendBedrag")).isEqualTo("28000 D");
        assertThat(amount(da, "TotaalToegekendBedrag")).isEqualTo("28000 D");
        assertThat(codes(da)).containsExactly("8001");
        assertThat(DeclaratieVerdict.approved().approvedPrestaties(declaratie)).containsExactly(
                prestatie(1, 1), prestatie(1, 2), prestatie(2, 1));
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void oneRejectedPrestatieIsReturnedAloneUnderItsClient(Standard standard) {
        // given P2 (24000 D) of client 1 is rejected (CASE-26)
        MessageRead declaratie = RetourFixtures.declaratie(standard);
        DeclaratieVerdict verdict = DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(),
                Map.of(prestatie(1, 2), List.of("9340")));
        // when
        MessageRead antwoord = readBack(writer.declaratieAntwoord(declaratie, verdict, HEADER));
        // then
        assertDeclaratieAntwoordHeader(antwoord, declaratie, List.of("0200"), false);
        XmlElement da = antwoord.root().child("DeclaratieAntwoord").orElseThrow();
        assertThat(da.children()).extracting(XmlElement::name).containsExactly("DeclaratieNummer",
                "TotaalIngediendBedrag", "TotaalToegekendBedrag", "Clienten", "RetourCodes");
        assertThat(amount(da, "TotaalIngediendBedrag")).isEqualTo("28000 D");
        assertThat(amount(da, "TotaalToegekendBedrag")).isEqualTo("4000 D");
        assertThat(codes(da)).containsExactly("0200");
        List<XmlElement> clients = da.all("Clienten/Client");
        assertThat(clients).hasSize(1);
        assertThat(clients.get(0).valueOrNull("Bsn")).isEqualTo("999912343");
        assertThat(codes(clients.get(0))).containsExactly("0200");
        List<XmlElement> prestaties = clients.get(0).all("Prestaties/Prestatie");
        assertThat(prestaties).hasSize(1);
        assertThat(prestaties.get(0).valueOrNull("ProductReferentie/ReferentieNummer")).isEqualTo("RN002");
        assertThat(codes(prestaties.get(0))).containsExactly("9340");
        assertPrestatieCopied(declaratie, prestatie(1, 2), prestaties.get(0));
        assertTr342(da);
        assertThat(verdict.approvedPrestaties(declaratie)).containsExactly(prestatie(1, 1), prestatie(2, 1));
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void aRejectedClientIsReturnedWithAllItsPrestatiesNotAssessed(Standard standard) {
        // given client 1 fails itself; a code given for one of its prestaties is not written
        MessageRead declaratie = RetourFixtures.declaratie(standard);
        DeclaratieVerdict verdict = DeclaratieVerdict.rejectedBelowDeclaratie(
                Map.of(client(1), List.of("8187")), Map.of(prestatie(1, 1), List.of("9338")));
        // when
        MessageRead antwoord = readBack(writer.declaratieAntwoord(declaratie, verdict, HEADER));
        // then
        XmlElement da = antwoord.root().child("DeclaratieAntwoord").orElseThrow();
        assertThat(amount(da, "TotaalToegekendBedrag")).isEqualTo("1000 C");
        assertThat(codes(da)).containsExactly("0200");
        List<XmlElement> clients = da.all("Clienten/Client");
        assertThat(clients).hasSize(1);
        assertThat(codes(clients.get(0))).containsExactly("8187");
        List<XmlElement> prestaties = clients.get(0).all("Prestaties/Prestatie");
        assertThat(prestaties).extracting(p -> p.valueOrNull("ProductReferentie/ReferentieNummer"))
                .containsExactly("RN001", "RN002");
        assertThat(prestaties).allSatisfy(p -> assertThat(codes(p)).containsExactly("0233"));
        assertPrestatieCopied(declaratie, prestatie(1, 1), prestaties.get(0));
        assertPrestatieCopied(declaratie, prestatie(1, 2), prestaties.get(1));
        assertTr342(da);
        assertThat(verdict.approvedPrestaties(declaratie)).containsExactly(prestatie(2, 1));
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void rejectionsInSeveralClientsKeepTheDocumentOrder(Standard standard) {
        // given the credit of client 2 and P1 of client 1 are rejected
        MessageRead declaratie = RetourFixtures.declaratie(standard);
        DeclaratieVerdict verdict = DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(), Map.of(
                prestatie(2, 1), List.of("8017"), prestatie(1, 1), List.of("9387", "9307")));
        // when
        MessageRead antwoord = readBack(writer.declaratieAntwoord(declaratie, verdict, HEADER));
        // then
        XmlElement da = antwoord.root().child("DeclaratieAntwoord").orElseThrow();
        assertThat(amount(da, "TotaalToegekendBedrag")).isEqualTo("24000 D");
        List<XmlElement> clients = da.all("Clienten/Client");
        assertThat(clients).extracting(c -> c.valueOrNull("Bsn")).containsExactly("999912343", "999900006");
        assertThat(codes(clients.get(0).find("Prestaties/Prestatie").orElseThrow())).containsExactly("9307", "9387");
        assertThat(codes(clients.get(1).find("Prestaties/Prestatie").orElseThrow())).containsExactly("8017");
        assertTr342(da);
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void theSampleDeclarationWithItsOnlyPrestatieRejectedIsGrantedZero(Standard standard) {
        // given
        MessageRead declaratie = RetourFixtures.sample(standard, MessageType.DECLARATIE);
        DeclaratieVerdict verdict = DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(),
                Map.of(prestatie(1, 1), List.of("9338")));
        // when
        MessageRead antwoord = readBack(writer.declaratieAntwoord(declaratie, verdict, HEADER));
        // then
        XmlElement da = antwoord.root().child("DeclaratieAntwoord").orElseThrow();
        assertThat(amount(da, "TotaalToegekendBedrag")).isEqualTo("0 D");
        assertThat(da.all("Clienten/Client/Prestaties/Prestatie")).hasSize(1);
        assertTr342(da);
        assertThat(verdict.approvedPrestaties(declaratie)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void aDeclarationRejectedAsAWholeIsGrantedZeroWithoutClients(Standard standard) {
        // given
        MessageRead declaratie = RetourFixtures.declaratie(standard);
        DeclaratieVerdict verdict = DeclaratieVerdict.rejectedInDeclaratie(List.of("9333"));
        // when
        MessageRead antwoord = readBack(writer.declaratieAntwoord(declaratie, verdict, HEADER));
        // then
        assertDeclaratieAntwoordHeader(antwoord, declaratie, List.of("0200"), false);
        XmlElement da = antwoord.root().child("DeclaratieAntwoord").orElseThrow();
        assertThat(da.children()).extracting(XmlElement::name).containsExactly("DeclaratieNummer",
                "TotaalIngediendBedrag", "TotaalToegekendBedrag", "RetourCodes");
        assertThat(amount(da, "TotaalIngediendBedrag")).isEqualTo("28000 D");
        assertThat(amount(da, "TotaalToegekendBedrag")).isEqualTo("0 D");
        assertThat(codes(da)).containsExactly("9333");
        assertThat(verdict.approvedPrestaties(declaratie)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void aLevel2RejectionGivesAHeaderWith0001AndTheXsltVersie(Standard standard) {
        // given
        MessageRead declaratie = RetourFixtures.declaratie(standard);
        // when
        MessageRead antwoord = readBack(writer.declaratieAntwoord(declaratie, DeclaratieVerdict.rejectedAtLevel2(),
                HEADER_WITH_XSLT));
        // then
        assertDeclaratieAntwoordHeader(antwoord, declaratie, List.of("0001"), true);
        assertThat(antwoord.root().children()).extracting(XmlElement::name).containsExactly("Header");
        assertThat(DeclaratieVerdict.rejectedAtLevel2().approvedPrestaties(declaratie)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Standard.class)
    void aHeaderRejectionGivesAHeaderWithItsCodesOnly(Standard standard) {
        // given
        MessageRead declaratie = RetourFixtures.declaratie(standard);
        DeclaratieVerdict verdict = DeclaratieVerdict.rejectedInHeader(HEADER_CODES);
        // when
        MessageRead antwoord = readBack(writer.declaratieAntwoord(declaratie, verdict, HEADER));
        // then
        assertDeclaratieAntwoordHeader(antwoord, declaratie, List.of("8848", "9056", "S300"), false);
        assertThat(antwoord.root().children()).extracting(XmlElement::name).containsExactly("Header");
        assertThat(verdict.approvedPrestaties(declaratie)).isEmpty();
    }

    // --- (b) the official iJw XSDs ---

    static Stream<Arguments> ijwAnswers() {
        Stream<Arguments> retours = heenberichtenAndOutcomes()
                .filter(a -> ((Named) a.get()[0]).message().kind().standard() == Standard.IJW)
                .map(a -> {
                    Named heen = (Named) a.get()[0];
                    Outcome outcome = (Outcome) a.get()[1];
                    return Arguments.of(heen + ", outcome " + outcome,
                            writer.retour(heen.message(), outcome.verdict.apply(heen.message()), outcome.header()));
                });
        MessageRead declaratie = RetourFixtures.declaratie(Standard.IJW);
        Map<String, DeclaratieVerdict> verdicts = Map.of(
                "approved", DeclaratieVerdict.approved(),
                "level 2", DeclaratieVerdict.rejectedAtLevel2(),
                "header", DeclaratieVerdict.rejectedInHeader(List.of("8848")),
                "declaratie", DeclaratieVerdict.rejectedInDeclaratie(List.of("8214")),
                "prestatie", DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(),
                        Map.of(prestatie(1, 2), List.of("9340"))),
                "client", DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(client(2), List.of("8187")), Map.of()));
        Stream<Arguments> antwoorden = verdicts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of("JW325 " + e.getKey(), writer.declaratieAntwoord(declaratie, e.getValue(),
                        HEADER_WITH_XSLT)));
        return Stream.concat(retours, antwoorden);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ijwAnswers")
    void iJwAnswerIsValidAgainstTheOfficialXsd(String name, byte[] answer) throws IOException {
        // given
        Assumptions.assumeTrue(Files.isDirectory(OFFICIAL_XSD), "The official iJw XSDs are not at "
                + OFFICIAL_XSD.toAbsolutePath().normalize() + "; the check against them is skipped.");
        MessageKind kind = readBack(answer).kind();
        Schema schema = OFFICIAL_SCHEMAS.computeIfAbsent(kind.name(), RetourWriterTests::official);
        // when / then
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(answer)));
        } catch (SAXException e) {
            throw new AssertionError(name + " is not valid against the official " + kind.name() + ".xsd: "
                    + e.getMessage() + "\n" + new String(answer, StandardCharsets.UTF_8), e);
        }
    }

    // --- the form of the output ---

    @Test
    void theSameInputGivesTheSameBytes() {
        // given two reads of the same message
        MessageRead first = RetourFixtures.verzoekOmWijziging(Standard.IWMO);
        MessageRead second = RetourFixtures.verzoekOmWijziging(Standard.IWMO);
        RetourVerdict verdict = Outcome.D.verdict.apply(first);
        // when
        byte[] one = writer.retour(first, verdict, HEADER);
        byte[] two = new RetourWriter(READER.schemas()).retour(second, Outcome.D.verdict.apply(second), HEADER);
        // then
        assertThat(one).isEqualTo(two);
    }

    @Test
    void oneWriterServesManyThreadsAtOnce() {
        // given
        MessageRead toewijzing = RetourFixtures.sample(Standard.IJW, MessageType.TOEWIJZING);
        RetourVerdict verdict = Outcome.D.verdict.apply(toewijzing);
        byte[] expected = writer.retour(toewijzing, verdict, HEADER);
        // when
        List<byte[]> written = IntStream.range(0, 64).parallel()
                .mapToObj(i -> writer.retour(toewijzing, verdict, HEADER)).toList();
        // then
        assertThat(written).allSatisfy(bytes -> assertThat(bytes).isEqualTo(expected));
    }

    @Test
    void answerIsUtf8WithADeclarationTheOfficialPrefixesAndCrLfLineEnds() {
        // given
        MessageRead start = RetourFixtures.sample(Standard.IWMO, MessageType.START);
        // when
        String text = new String(writer.retour(start, Outcome.D.verdict.apply(start), HEADER), StandardCharsets.UTF_8);
        // then
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<wmo306:Bericht "
                + "xmlns:wmo306=\"http://www.istandaarden.nl/iwmo/3_2/wmo306/schema\" "
                + "xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\">\r\n  <wmo306:Header>\r\n");
        assertThat(text).contains("\r\n      <iwmo:Identificatie>A-WMO305-001</iwmo:Identificatie>\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).endsWith("</wmo306:Bericht>\r\n");
    }

    // --- refusals: mistakes of the caller, not of the message ---

    @Test
    void aLevel2RejectionWithoutXsltVersieIsRefused() {
        // given
        MessageRead start = RetourFixtures.sample(Standard.IJW, MessageType.START);
        // when / then
        assertThatThrownBy(() -> writer.retour(start, RetourVerdict.rejectedAtLevel2(), HEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XsltVersie");
        assertThatThrownBy(() -> writer.declaratieAntwoord(RetourFixtures.declaratie(Standard.IJW),
                DeclaratieVerdict.rejectedAtLevel2(), HEADER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XsltVersie");
    }

    @Test
    void aVerdictNamingAClassTheMessageDoesNotHaveIsRefused() {
        // given
        MessageRead start = RetourFixtures.sample(Standard.IJW, MessageType.START);
        RetourVerdict verdict = RetourVerdict.rejectedInClasses(
                Map.of("/Bericht/Client/StartProducten/StartProduct[2]", List.of("9063")), Set.of());
        // when / then
        assertThatThrownBy(() -> writer.retour(start, verdict, HEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StartProduct[2]");
        assertThatThrownBy(() -> writer.declaratieAntwoord(RetourFixtures.declaratie(Standard.IJW),
                DeclaratieVerdict.rejectedBelowDeclaratie(Map.of(client(3), List.of("8187")), Map.of()), HEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Client[3]");
    }

    @Test
    void messagesWithoutThatAnswerAreRefused() {
        // given
        MessageRead declaratie = RetourFixtures.declaratie(Standard.IJW);
        MessageRead start = RetourFixtures.sample(Standard.IJW, MessageType.START);
        MessageRead retour = RetourFixtures.sample(Standard.IJW, MessageType.RETOUR_START);
        // when / then
        assertThatThrownBy(() -> writer.retour(declaratie, RetourVerdict.accepted(), HEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("declaratieAntwoord");
        assertThatThrownBy(() -> writer.retour(retour, RetourVerdict.accepted(), HEADER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.declaratieAntwoord(start, DeclaratieVerdict.approved(), HEADER))
                .isInstanceOf(IllegalArgumentException.class);
        MessageRead invalid = READER.check(Path.of("invalid.xml"), "<x/>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> writer.retour(invalid, RetourVerdict.accepted(), HEADER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level 1");
    }

    // --- helpers ---

    private static MessageKind answerKind(MessageRead message) {
        MessageKind kind = message.kind();
        return new MessageKind(kind.standard(), kind.release(), kind.type().answeredBy().orElseThrow());
    }

    /** (a): the answer passes level 1 against our own schema. */
    private static MessageRead readBack(byte[] answer) {
        MessageRead read = READER.check(Path.of("answer.xml"), answer);
        assertThat(read.findings()).as(() -> new String(answer, StandardCharsets.UTF_8)).isEmpty();
        assertThat(read.isValid()).isTrue();
        return read;
    }

    private static Schema official(String messageName) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(OFFICIAL_XSD.resolve(messageName + ".xsd").toFile());
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class elements of a heenbericht in document order. */
    private static List<String> classPaths(MessageRead heen) {
        Set<String> classes = classes(heen);
        List<String> paths = new ArrayList<>();
        body(heen.root()).forEach(e -> collectClasses(classes, e, paths));
        return paths;
    }

    private static Set<String> classes(MessageRead heen) {
        return MessageClasses.occurrences(heen.kind().type(), heen.root()).stream().map(XmlElement::path)
                .collect(Collectors.toSet());
    }

    private static void collectClasses(Set<String> classes, XmlElement element, List<String> paths) {
        if (classes.contains(element.path())) {
            paths.add(element.path());
        }
        element.children().forEach(child -> collectClasses(classes, child, paths));
    }

    private static List<XmlElement> body(XmlElement root) {
        return root.children().stream().filter(e -> !e.name().equals("Header")).toList();
    }

    /** Same name, namespace, path and text, child by child; class elements end with their RetourCodes. */
    private static void assertCopiedWithCodes(XmlElement heen, XmlElement retour, Set<String> classes,
            Map<String, List<String>> found) {
        assertThat(retour.name()).as(heen.path()).isEqualTo(heen.name());
        assertThat(retour.basisschema()).as(heen.path()).isEqualTo(heen.basisschema());
        assertThat(retour.path()).isEqualTo(heen.path());
        assertThat(retour.text()).as(heen.path()).isEqualTo(heen.text());
        List<XmlElement> children = retour.children();
        if (classes.contains(heen.path())) {
            XmlElement last = children.get(children.size() - 1);
            assertThat(last.name()).as(heen.path()).isEqualTo("RetourCodes");
            assertThat(last.basisschema()).isFalse();
            found.put(heen.path(), codes(retour));
            children = children.subList(0, children.size() - 1);
        }
        assertThat(children).as(heen.path()).hasSameSizeAs(heen.children());
        for (int i = 0; i < children.size(); i++) {
            assertCopiedWithCodes(heen.children().get(i), children.get(i), classes, found);
        }
    }

    private static void assertSameTree(XmlElement actual, XmlElement expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.basisschema()).as(actual.path()).isEqualTo(expected.basisschema());
        assertThat(actual.text()).as(actual.path()).isEqualTo(expected.text());
        assertThat(actual.children()).as(actual.path()).hasSameSizeAs(expected.children());
        for (int i = 0; i < actual.children().size(); i++) {
            assertSameTree(actual.children().get(i), expected.children().get(i));
        }
    }

    private static void assertDeclaratieAntwoordHeader(MessageRead antwoord, MessageRead declaratie,
            List<String> headerCodes, boolean xslt) {
        assertThat(antwoord.kind()).isEqualTo(answerKind(declaratie));
        XmlElement header = antwoord.root().child("Header").orElseThrow();
        XmlElement heenHeader = declaratie.root().child("Header").orElseThrow();
        List<String> names = new ArrayList<>(List.of("BerichtCode", "BerichtVersie", "BerichtSubversie", "Afzender",
                "Ontvanger", "BerichtIdentificatie", "XsdVersie", "DeclaratieIdentificatie"));
        if (xslt) {
            names.add("XsltVersie");
        }
        names.addAll(List.of("XsdVersieDeclaratie", "RetourCodes"));
        assertThat(header.children()).extracting(XmlElement::name).containsExactlyElementsOf(names);
        assertThat(header.valueOrNull("BerichtCode"))
                .isEqualTo(declaratie.kind().standard() == Standard.IJW ? "491" : "485");
        assertThat(header.valueOrNull("BerichtVersie")).isEqualTo("3");
        assertThat(header.valueOrNull("BerichtSubversie")).isEqualTo("2");
        assertThat(header.valueOrNull("Afzender")).isEqualTo(heenHeader.valueOrNull("Ontvanger"));
        assertThat(header.valueOrNull("Ontvanger")).isEqualTo(heenHeader.valueOrNull("Afzender"));
        assertThat(header.valueOrNull("BerichtIdentificatie/Identificatie")).isEqualTo("R0A1B2C3D4E5");
        assertThat(header.valueOrNull("BerichtIdentificatie/Dagtekening")).isEqualTo("2026-05-07");
        XsdVersion own = READER.schemas().xsdVersion(answerKind(declaratie));
        assertThat(header.valueOrNull("XsdVersie/BasisschemaXsdVersie")).isEqualTo(own.basisschema());
        assertThat(header.valueOrNull("XsdVersie/BerichtXsdVersie")).isEqualTo(own.bericht());
        assertThat(header.valueOrNull("DeclaratieIdentificatie/Identificatie"))
                .isEqualTo(heenHeader.valueOrNull("BerichtIdentificatie/Identificatie"));
        assertThat(header.valueOrNull("DeclaratieIdentificatie/Dagtekening"))
                .isEqualTo(heenHeader.valueOrNull("BerichtIdentificatie/Dagtekening"));
        assertSameTree(header.child("XsdVersieDeclaratie").orElseThrow().children().get(0),
                heenHeader.child("XsdVersie").orElseThrow().children().get(0));
        assertThat(header.valueOrNull("XsdVersieDeclaratie/BerichtXsdVersie"))
                .isEqualTo(heenHeader.valueOrNull("XsdVersie/BerichtXsdVersie"));
        if (xslt) {
            assertThat(header.valueOrNull("XsltVersie")).isEqualTo("1.2.0");
        }
        assertThat(codes(header)).isEqualTo(headerCodes);
    }

    /** Every element of the 323 Prestatie copied, then RetourCodes. */
    private static void assertPrestatieCopied(MessageRead declaratie, String path, XmlElement returned) {
        XmlElement original = find(declaratie.root(), path);
        List<XmlElement> children = returned.children();
        assertThat(children.get(children.size() - 1).name()).isEqualTo("RetourCodes");
        assertThat(children.subList(0, children.size() - 1)).hasSameSizeAs(original.children());
        for (int i = 0; i < original.children().size(); i++) {
            assertSameTree(children.get(i), original.children().get(i));
        }
    }

    /** TR342: Σ signed(returned prestaties) = signed(TotaalIngediendBedrag) − signed(TotaalToegekendBedrag). */
    private static void assertTr342(XmlElement declaratieAntwoord) {
        long returned = declaratieAntwoord.all("Clienten/Client/Prestaties/Prestatie").stream()
                .mapToLong(p -> signed(p.find("IngediendBedrag").orElseThrow(), "Bedrag")).sum();
        long ingediend = signed(declaratieAntwoord.find("TotaalIngediendBedrag").orElseThrow(), "TotaalBedrag");
        long toegekend = signed(declaratieAntwoord.find("TotaalToegekendBedrag").orElseThrow(), "TotaalBedrag");
        assertThat(returned).isEqualTo(ingediend - toegekend);
    }

    private static long signed(XmlElement amount, String valueName) {
        long value = Long.parseLong(amount.valueOrNull(valueName));
        return "C".equals(amount.valueOrNull("DebetCredit")) ? -value : value;
    }

    private static String amount(XmlElement parent, String name) {
        XmlElement amount = parent.child(name).orElseThrow();
        assertThat(amount.children()).allMatch(XmlElement::basisschema);
        return amount.valueOrNull("TotaalBedrag") + " " + amount.valueOrNull("DebetCredit");
    }

    /** The codes in an element's RetourCodes, which must be its last child; empty when it has none. */
    private static List<String> codes(XmlElement element) {
        List<XmlElement> children = element.children();
        XmlElement last = children.get(children.size() - 1);
        if (!last.name().equals("RetourCodes")) {
            return List.of();
        }
        assertThat(last.children()).allMatch(c -> c.name().equals("RetourCode") && !c.basisschema());
        return last.children().stream().map(XmlElement::text).toList();
    }

    private static XmlElement find(XmlElement element, String path) {
        if (element.path().equals(path)) {
            return element;
        }
        for (XmlElement child : element.children()) {
            if (path.startsWith(child.path())) {
                XmlElement found = find(child, path);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String client(int client) {
        return "/Bericht/Declaratie/Clienten/Client[" + client + "]";
    }

    private static String prestatie(int client, int prestatie) {
        return client(client) + "/Prestaties/Prestatie[" + prestatie + "]";
    }
}
