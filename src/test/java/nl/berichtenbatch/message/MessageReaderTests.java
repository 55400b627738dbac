package nl.berichtenbatch.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.validation.Finding;

class MessageReaderTests {

    private static final long LIMIT = 26_214_400;
    private static final MessageReader reader = new MessageReader(SchemaCatalog.bundled(), LIMIT);

    @TempDir
    Path dir;

    private MessageRead read(String name, String content) throws IOException {
        return read(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private MessageRead read(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return reader.read(file);
    }

    private static List<String> rules(MessageRead read) {
        return read.findings().stream().map(Finding::rule).toList();
    }

    private static String allText(MessageRead read) {
        return read.findings().toString();
    }

    @Test
    void aReaderThatReadsManyFilesGivesEachTheVerdictOfAFreshOne() throws IOException {
        // given every sample message, wrong ones between right ones, read in turn on one thread by one reader (which
        // reuses its parser and validators), and each also by a reader of its own
        List<Path> samples;
        try (var files = Files.walk(Path.of("sample-messages"))) {
            samples = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(samples).as("sample messages of both standards, valid and wrong").hasSizeGreaterThan(40);
        MessageReader shared = new MessageReader(SchemaCatalog.bundled(), LIMIT);
        for (int round = 0; round < 2; round++) {
            for (Path sample : samples) {
                // when
                MessageRead again = shared.read(sample);
                MessageRead fresh = new MessageReader(SchemaCatalog.bundled(), LIMIT).read(sample);
                // then
                assertThat(again.findings()).as(sample.toString()).isEqualTo(fresh.findings());
                assertThat(again.kind()).as(sample.toString()).isEqualTo(fresh.kind());
                assertThat(again.header()).as(sample.toString()).isEqualTo(fresh.header());
                assertThat(again.isValid()).as(sample.toString()).isEqualTo(fresh.isValid());
            }
        }
    }

    @Test
    void acceptsValidMessageAndDetectsItFromTheNamespace() throws IOException {
        // given a JW305 in a file whose name says 301
        // when
        MessageRead read = read("jw301-toewijzing.xml", TestMessages.validStart());
        // then
        assertThat(read.findings()).isEmpty();
        assertThat(read.isValid()).isTrue();
        assertThat(read.kind()).isEqualTo(new MessageKind(Standard.IJW, "3.2", MessageType.START));
        assertThat(read.header()).isEqualTo(new MessageHeader("438", "12345678", "0363", "T-305-0001", "2026-03-06"));
        assertThat(read.sha256()).hasSize(64);
        assertThat(read.content()).isNotNull();
    }

    @Test
    void givesTheMessageAsATreeWithOfficialPaths() throws IOException {
        // when
        MessageRead read = read("start.xml", TestMessages.validStart());
        // then
        XmlElement product = read.root().all("Client/StartProducten/StartProduct").get(0);
        assertThat(product.path()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[1]");
        assertThat(product.value("Product/Categorie")).contains("45");
        assertThat(product.find("Product/Categorie").orElseThrow().basisschema()).isTrue();
        assertThat(product.find("Begindatum").orElseThrow().basisschema()).isFalse();
        assertThat(read.root().valueOrNull("Header/BerichtIdentificatie/Identificatie")).isEqualTo("T-305-0001");
        assertThat(read.root().valueOrNull("Client/Naam/Voornamen")).isNull();
    }

    @Test
    void acceptsValidIwmoMessage() throws IOException {
        // when
        MessageRead read = read("start.xml", TestMessages.validWmoStart());
        // then
        assertThat(read.findings()).isEmpty();
        assertThat(read.kind().name()).isEqualTo("WMO305");
    }

    @Test
    void reportsIjwCodeListValueInIwmoMessage() throws IOException {
        // given a Jeugd product category in a Wmo message
        String message = TestMessages.validWmoStart().replace("<ijw:Categorie>02<", "<ijw:Categorie>45<");
        // when
        MessageRead read = read("start.xml", message);
        // then
        assertThat(rules(read)).containsExactly("BB007");
        assertThat(read.findings().get(0).location()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[1]/Product/Categorie");
    }

    @Test
    void reportsEverySchemaErrorWithLineColumnAndPath() throws IOException {
        // given two errors: a wrong Geslacht code and a missing Begindatum
        String message = TestMessages.validStart()
                .replace("<jw305:Geslacht>1<", "<jw305:Geslacht>7<")
                .replace("<jw305:Begindatum>2026-03-03</jw305:Begindatum>", "");
        // when
        MessageRead read = read("start.xml", message);
        // then
        assertThat(read.isValid()).isFalse();
        assertThat(read.content()).isNull();
        assertThat(rules(read)).containsExactly("BB007", "BB007");
        Finding geslacht = read.findings().get(0);
        assertThat(geslacht.location()).isEqualTo("/Bericht/Client/Geslacht");
        assertThat(geslacht.line()).isEqualTo(23);
        assertThat(geslacht.column()).isPositive();
        assertThat(geslacht.text()).contains("'7'").doesNotContain("cvc-");
        Finding begindatum = read.findings().get(1);
        assertThat(begindatum.location()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering");
        assertThat(begindatum.text()).contains("Begindatum");
    }

    @Test
    void numbersRepeatingElementsInPaths() throws IOException {
        // given a second StartProduct with an error
        String product = TestMessages.validStart().substring(TestMessages.validStart().indexOf("<jw305:StartProduct>"),
                TestMessages.validStart().indexOf("</jw305:StartProducten>"));
        String message = TestMessages.validStart().replace("</jw305:StartProducten>",
                product.replace(">1001<", ">-5<") + "</jw305:StartProducten>");
        // when
        MessageRead read = read("start.xml", message);
        // then
        assertThat(read.findings()).extracting(Finding::location)
                .containsExactly("/Bericht/Client/StartProducten/StartProduct[2]/ToewijzingNummer");
    }

    @Test
    void neverShowsTheBsnInFindings() throws IOException {
        // given a BSN of eight digits
        String message = TestMessages.validStart().replace(">999912343<", ">99991234<");
        // when
        MessageRead read = read("start.xml", message);
        // then
        assertThat(read.findings()).extracting(Finding::location).containsExactly("/Bericht/Client/Bsn");
        assertThat(allText(read)).doesNotContain("99991234");
    }

    @Test
    void refusesExternalEntityWithoutReadingTheFile() throws IOException {
        // given a local file with a secret and a message whose entity points at it
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String message = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Bericht [ <!ENTITY xxe SYSTEM "%s"> ]>
                <Bericht xmlns="http://www.istandaarden.nl/ijw/3_2/jw305/schema">&xxe;</Bericht>
                """.formatted(secret.toUri());
        // when
        MessageRead read = read("xxe.xml", message);
        // then
        assertThat(rules(read)).containsExactly("BB005");
        assertThat(read.findings().get(0).line()).isEqualTo(2);
        assertThat(allText(read)).doesNotContain("TOP-SECRET-MARKER").doesNotContain(secret.toString());
    }

    @Test
    void refusesBillionLaughsWithoutExpanding() throws IOException {
        // given
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String message = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bericht [" + entities + "]>\n"
                + "<Bericht xmlns=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\">&lol9;</Bericht>\n";
        // when
        MessageRead read = read("laughs.xml", message);
        // then
        assertThat(rules(read)).containsExactly("BB005");
        assertThat(allText(read)).doesNotContain("lollol");
    }

    @Test
    void refusesAnyDoctypeEvenAfterAComment() throws IOException {
        // given a harmless-looking DOCTYPE after a comment
        String message = TestMessages.validStart().replace("<jw305:Bericht ",
                "<!-- hello -->\n<!DOCTYPE jw305:Bericht>\n<jw305:Bericht ");
        // when
        MessageRead read = read("doctype.xml", message);
        // then
        assertThat(rules(read)).containsExactly("BB005");
    }

    @Test
    void rejectsTooLargeFileUnread() throws IOException {
        // given a 30 MB file
        byte[] big = new byte[30 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        byte[] start = TestMessages.validStart().getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, big, 0, start.length);
        // when
        MessageRead read = read("big.xml", big);
        // then
        assertThat(rules(read)).containsExactly("BB002");
        assertThat(read.findings().get(0).text()).contains("31457280 bytes").contains("26214400");
        assertThat(read.sha256()).isNull();
    }

    @Test
    void rejectsEmptyAndBlankFiles() throws IOException {
        assertThat(rules(read("empty.xml", ""))).containsExactly("BB001");
        assertThat(rules(read("blank.xml", "  \r\n\t "))).containsExactly("BB001");
    }

    @Test
    void rejectsBinaryJunk() throws IOException {
        // given the start of a PNG file
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        // when
        MessageRead read = read("image.xml", png);
        // then
        assertThat(rules(read)).containsExactly("BB003");
        assertThat(read.findings().get(0).text()).contains("not XML");
    }

    @Test
    void rejectsPlainTextAsNotXml() throws IOException {
        assertThat(rules(read("note.xml", "Dit is geen bericht.\n"))).containsExactly("BB003");
    }

    @Test
    void rejectsMalformedXmlAsNotWellFormed() throws IOException {
        // given a closing tag that does not match
        String message = TestMessages.validStart().replace("</jw305:Geslacht>", "</jw305:Geslacht2>");
        // when
        MessageRead read = read("broken.xml", message);
        // then
        assertThat(rules(read)).containsExactly("BB003");
        assertThat(read.findings().get(0).text()).contains("not well-formed").contains("line 23");
    }

    @Test
    void reportsFileCutOffHalfway() throws IOException {
        // given
        String message = TestMessages.validStart();
        // when
        MessageRead read = read("cut.xml", message.substring(0, message.length() / 2));
        // then
        assertThat(rules(read)).containsExactly("BB004");
        assertThat(read.findings().get(0).text()).contains("ends before the XML is complete");
    }

    @Test
    void reportsByteOrderMarkAsOp192() throws IOException {
        // given
        byte[] content = TestMessages.validStart().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);
        // when
        MessageRead read = read("bom.xml", withBom);
        // then
        assertThat(rules(read)).containsExactly("OP192");
        assertThat(read.findings().get(0).text()).contains("byte-order mark");
    }

    @Test
    void reportsOtherEncodingsAsOp192() throws IOException {
        // given a message in UTF-16, one declared as ISO-8859-1 and one with a Latin-1 byte
        byte[] utf16 = TestMessages.validStart().getBytes(StandardCharsets.UTF_16);
        String latin1Declared = TestMessages.validStart().replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        byte[] latin1Bytes = TestMessages.validStart().replace("Boer", "Boër").getBytes(StandardCharsets.ISO_8859_1);
        // then
        assertThat(rules(read("utf16.xml", utf16))).containsExactly("OP192");
        assertThat(rules(read("declared.xml", latin1Declared))).containsExactly("OP192");
        MessageRead latin1 = read("latin1.xml", latin1Bytes);
        assertThat(rules(latin1)).containsExactly("OP192");
        assertThat(latin1.findings().get(0).text()).contains("not valid UTF-8").contains("line 26");
    }

    @Test
    void reportsUnknownNamespace() throws IOException {
        // given
        String message = TestMessages.validStart().replace("http://www.istandaarden.nl/ijw/3_2/jw305/schema",
                "http://example.org/jw305");
        // when
        MessageRead read = read("unknown.xml", message);
        // then
        assertThat(rules(read)).containsExactly("BB006");
        assertThat(read.kind()).isNull();
        assertThat(read.findings().get(0).text()).contains("http://example.org/jw305");
    }

    @Test
    void reportsReleaseWithoutSchemas() throws IOException {
        // given an iJw 3.3 message
        String message = TestMessages.validStart().replace("/ijw/3_2/", "/ijw/3_3/");
        // when
        MessageRead read = read("next-release.xml", message);
        // then
        assertThat(rules(read)).containsExactly("BB006");
        assertThat(read.findings().get(0).text()).contains("iJw 3.3 JW305");
    }

    @Test
    void reportsMessageWithoutNamespace() throws IOException {
        // when
        MessageRead read = read("plain.xml", "<Bericht><Header/></Bericht>");
        // then
        assertThat(rules(read)).containsExactly("BB006");
        assertThat(read.findings().get(0).text()).contains("namespace is missing");
    }

    @Test
    void reportsWrongRootElementThroughTheSchema() throws IOException {
        // when
        MessageRead read = read("root.xml",
                "<Header xmlns=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\"></Header>");
        // then
        assertThat(rules(read)).contains("BB007");
        assertThat(read.isValid()).isFalse();
    }

    @Test
    void reportsWrongBerichtCode() throws IOException {
        // given the iWmo code of a start in an iJw start
        String message = TestMessages.validStart().replace("<jw305:BerichtCode>438<", "<jw305:BerichtCode>418<");
        // when
        MessageRead read = read("code.xml", message);
        // then
        assertThat(read.findings()).extracting(Finding::location).containsExactly("/Bericht/Header/BerichtCode");
    }
}
