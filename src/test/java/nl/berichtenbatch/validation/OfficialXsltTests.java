package nl.berichtenbatch.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.validation.rules.RuleTestSupport;

/**
 * The official-XSLT option, proven with small stylesheets written here that produce a Rapport in the official format,
 * so that no official file is needed.
 */
class OfficialXsltTests {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"\n"
            + "    xmlns:r=\"http://www.istandaarden.nl/validatie/1_1/rapport/schema\">\n";

    /** A Rapport with two Fouten: CD005 at two locations with Details, TR101 at one location without. */
    private static final String TWO_FOUTEN = HEAD
            + "  <xsl:include href=\"common/versie.xsl\"/>\n"
            + "  <xsl:template match=\"/\">\n"
            + "    <r:Rapport>\n"
            + "      <r:Header>\n"
            + "        <r:BerichtCode><xsl:value-of select=\"/*/*[local-name()='Header']/*[local-name()="
            + "'BerichtCode']\"/></r:BerichtCode>\n"
            + "        <r:BerichtVersie>3</r:BerichtVersie><r:BerichtSubversie>2</r:BerichtSubversie>\n"
            + "        <r:BerichtIdentificatie><r:Identificatie>X</r:Identificatie>"
            + "<r:Dagtekening>2026-01-01</r:Dagtekening></r:BerichtIdentificatie>\n"
            + "        <r:XSLTVersie><xsl:value-of select=\"$versie\"/></r:XSLTVersie>\n"
            + "      </r:Header>\n"
            + "      <r:Fouten>\n"
            + "        <r:Fout><r:Code>CD005</r:Code><r:Locatie>/Bericht/Client/Bsn</r:Locatie>"
            + "<r:Locatie>/Bericht/Header/BerichtCode</r:Locatie><r:Details>Als Postcode gevuld is, dan verplicht "
            + "vullen.</r:Details></r:Fout>\n"
            + "        <r:Fout><r:Code>TR101</r:Code><r:Locatie>/Bericht/Client</r:Locatie></r:Fout>\n"
            + "      </r:Fouten>\n"
            + "    </r:Rapport>\n"
            + "  </xsl:template>\n"
            + "</xsl:stylesheet>\n";

    private static final String VERSIE = HEAD
            + "  <xsl:variable name=\"versie\">2.10.5</xsl:variable>\n"
            + "  <xsl:variable name=\"versionInfo\"><r:XSLTVersie>2.10.5</r:XSLTVersie></xsl:variable>\n"
            + "</xsl:stylesheet>\n";

    private static final String NO_FOUTEN = HEAD
            + "  <xsl:template match=\"/\">\n"
            + "    <r:Rapport><r:Header><r:BerichtCode>436</r:BerichtCode><r:BerichtVersie>3</r:BerichtVersie>"
            + "<r:BerichtSubversie>2</r:BerichtSubversie><r:BerichtIdentificatie><r:Identificatie>X</r:Identificatie>"
            + "<r:Dagtekening>2026-01-01</r:Dagtekening></r:BerichtIdentificatie>"
            + "<r:XSLTVersie><xsl:value-of select=\"concat('1.2', '.3')\"/></r:XSLTVersie></r:Header></r:Rapport>\n"
            + "  </xsl:template>\n"
            + "</xsl:stylesheet>\n";

    private static final String XSLT_1 = "version=\"1.0\" xmlns:xsl";
    private static final String XSLT_2 = "version=\"2.0\" xmlns:xsl";

    /** The XSLT 2.0 stand-in for an official stylesheet, also used by the validate and benchmark tests. */
    static final Path XSLT_2_RESOURCE = Path.of("src/test/resources/official-xslt/rapport-xslt2.xsl");

    @TempDir
    Path folder;

    @Test
    void turnsEveryLocatieOfEveryFoutIntoAFindingMarkedAsOfficial() throws IOException {
        // given
        OfficialXslt xslt = OfficialXslt.load(stylesheetWithInclude());
        // when
        List<Finding> findings = xslt.check(toewijzing());
        // then
        assertThat(findings).extracting(Finding::rule, Finding::retourcode, Finding::location).containsExactly(
                tuple("CD005", "0001", "/Bericht/Client/Bsn"),
                tuple("CD005", "0001", "/Bericht/Header/BerichtCode"),
                tuple("TR101", "0001", "/Bericht/Client"));
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.isError()).isTrue();
            assertThat(finding.text()).startsWith(OfficialXslt.TEXT_PREFIX);
        });
        assertThat(findings.get(0).text())
                .isEqualTo("official XSLT 2.10.5: Als Postcode gevuld is, dan verplicht vullen.");
        assertThat(findings.get(2).text()).isEqualTo("official XSLT 2.10.5: rule TR101 is not met.");
    }

    @Test
    void readsTheVersionThatTheStylesheetDeclaresInALocalInclude() throws IOException {
        // given
        Path stylesheet = stylesheetWithInclude();
        // when
        OfficialXslt xslt = OfficialXslt.load(stylesheet);
        // then before any message was checked
        assertThat(xslt.version()).isEqualTo("2.10.5");
        assertThat(xslt.stylesheet()).isEqualTo(stylesheet.toAbsolutePath().normalize());
    }

    @Test
    void givesNoFindingsForARapportWithoutFoutenAndTakesTheVersionFromIt() throws IOException {
        // given a stylesheet whose version only shows in its Rapport
        OfficialXslt xslt = OfficialXslt.load(write("geen-fouten.xsl", NO_FOUTEN));
        assertThat(xslt.version()).isEmpty();
        // when
        List<Finding> findings = xslt.check(toewijzing());
        // then
        assertThat(findings).isEmpty();
        assertThat(xslt.version()).isEqualTo("1.2.3");
    }

    @Test
    void canBeUsedForManyMessages() throws IOException {
        // given one compiled stylesheet
        OfficialXslt xslt = OfficialXslt.load(stylesheetWithInclude());
        // when
        List<Finding> first = xslt.check(toewijzing());
        List<Finding> second = xslt.check(toewijzing());
        // then
        assertThat(second).isEqualTo(first);
    }

    @Test
    void refusesAnIncludeOutsideTheStylesheetsFolder() throws IOException {
        // given
        Files.writeString(folder.resolve("buiten.xsl"), VERSIE);
        Path inner = Files.createDirectories(folder.resolve("xslt"));
        Path stylesheet = inner.resolve("jw301.xsl");
        Files.writeString(stylesheet, TWO_FOUTEN.replace("common/versie.xsl", "../buiten.xsl"));
        // when / then
        assertThatThrownBy(() -> OfficialXslt.load(stylesheet)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be compiled");
    }

    @Test
    void refusesAStylesheetWithADoctype() throws IOException {
        // given an entity that would read a local file
        Path stylesheet = write("doctype.xsl", NO_FOUTEN.replace("<xsl:stylesheet",
                "<!DOCTYPE xsl:stylesheet [<!ENTITY geheim SYSTEM \"file:///etc/passwd\">]>\n<xsl:stylesheet"));
        // when / then
        assertThatThrownBy(() -> OfficialXslt.load(stylesheet)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void refusesAMissingFileAndAFileThatIsNoStylesheet() throws IOException {
        // given
        Path missing = folder.resolve("bestaat-niet.xsl");
        Path notXslt = write("geen-xslt.xsl", "<Rapport/>");
        // when / then
        assertThatThrownBy(() -> OfficialXslt.load(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> OfficialXslt.load(notXslt)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an XSLT stylesheet");
    }

    @Test
    void reportsAStylesheetThatWritesNoRapport() throws IOException {
        // given
        OfficialXslt xslt = OfficialXslt.load(write("anders.xsl", HEAD
                + "  <xsl:template match=\"/\"><iets/></xsl:template>\n</xsl:stylesheet>\n"));
        // when / then
        assertThatThrownBy(() -> xslt.check(toewijzing())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not write a Rapport");
    }

    @Test
    void runsXslt2WithSaxon() throws IOException {
        // given an XSLT 2.0 stylesheet using a 2.0 function
        Path stylesheet = write("twee.xsl", TWO_FOUTEN.replace(XSLT_1, XSLT_2).replace(
                "<r:Locatie>/Bericht/Client</r:Locatie>",
                "<r:Locatie><xsl:value-of select=\"string-join(('', 'Bericht', 'Client'), '/')\"/></r:Locatie>"));
        Files.createDirectories(folder.resolve("common"));
        Files.writeString(folder.resolve("common/versie.xsl"), VERSIE);
        // when
        List<Finding> findings = OfficialXslt.load(stylesheet).check(toewijzing());
        // then
        assertThat(findings).extracting(Finding::location).containsExactly("/Bericht/Client/Bsn",
                "/Bericht/Header/BerichtCode", "/Bericht/Client");
    }

    @Test
    void runsTheXslt2TestStylesheetWithItsFunctionsAndOfficialLocations() throws IOException {
        // given the XSLT 2.0 stand-in of the test resources (xsl:function, string-join, 'for')
        OfficialXslt xslt = OfficialXslt.load(XSLT_2_RESOURCE);
        // when
        List<Finding> onAStart = xslt.check(message("sample-messages/ijw/valid/03-jw305-start.xml"));
        List<Finding> onAnAllocation = xslt.check(toewijzing());
        // then its Fout is at the official location: no position on the one StartProduct
        assertThat(xslt.version()).isEqualTo("9.8.7");
        assertThat(onAStart).extracting(Finding::rule, Finding::retourcode, Finding::location, Finding::text)
                .containsExactly(tuple("CS058", "0001", "/Bericht/Client/StartProducten/StartProduct/StatusAanlevering",
                        "official XSLT 9.8.7: Test-Fout."));
        assertThat(onAnAllocation).isEmpty();
    }

    @Test
    void aStylesheetThatDoesNotCompileIsOneLine() {
        // when / then
        assertThatThrownBy(() -> OfficialXslt.load(Path.of("src/test/resources/official-xslt/does-not-compile.xsl")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be compiled")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void refusesADocumentOutsideTheFolderNamedByTheMessage() throws IOException {
        // given a stylesheet that reads the file a message element names (input-controlled)
        Files.writeString(folder.resolve("geheim.xml"), "<geheim>x</geheim>");
        Path inner = Files.createDirectories(folder.resolve("xslt"));
        Path stylesheet = Files.writeString(inner.resolve("leest.xsl"), NO_FOUTEN.replace(XSLT_1, XSLT_2).replace(
                "<r:Rapport>", "<r:Rapport><xsl:value-of select=\"document(concat('../geheim', "
                        + "substring(string(count(//*)), 99), '.xml'))\"/>"));
        OfficialXslt xslt = OfficialXslt.load(stylesheet);
        // when / then
        assertThatThrownBy(() -> xslt.check(toewijzing())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may only use files in");
    }

    @Test
    void readsNoTextFilesAndWritesNoFiles() throws IOException {
        // given stylesheets that try unparsed-text() and xsl:result-document
        Path text = write("tekst.xsl", NO_FOUTEN.replace(XSLT_1, XSLT_2).replace("<r:Rapport>",
                "<r:Rapport><xsl:value-of select=\"unparsed-text('file:///etc/hostname')\"/>"));
        Path result = write("schrijft.xsl", NO_FOUTEN.replace(XSLT_1, XSLT_2).replace("<r:Rapport>",
                "<xsl:result-document href=\"uit.xml\"><x/></xsl:result-document><r:Rapport>"));
        // when / then
        assertThatThrownBy(() -> OfficialXslt.load(text).check(toewijzing())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not read");
        assertThatThrownBy(() -> OfficialXslt.load(result).check(toewijzing()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("result-document");
        assertThat(folder.resolve("uit.xml")).doesNotExist();
    }

    @Test
    void leavesEveryOtherJaxpUserWithTheJdksOwnImplementation() {
        // given Saxon-HE on the class path, which registers itself as the JAXP TransformerFactory
        // when / then the project's parsers are the JDK's
        assertThat(javax.xml.transform.TransformerFactory.newDefaultInstance().getClass().getName())
                .startsWith("com.sun.org.apache");
        assertThat(nl.berichtenbatch.message.SecureXml.saxParserFactory().getClass().getName())
                .startsWith("com.sun.org.apache");
        assertThat(nl.berichtenbatch.message.SecureXml.schemaFactory().getClass().getName())
                .startsWith("com.sun.org.apache");
        assertThat(nl.berichtenbatch.message.SecureXml.xmlInputFactory().getClass().getName())
                .startsWith("com.sun.xml.internal");
    }

    private Path stylesheetWithInclude() throws IOException {
        Files.createDirectories(folder.resolve("common"));
        Files.writeString(folder.resolve("common/versie.xsl"), VERSIE);
        return write("jw301.xsl", TWO_FOUTEN);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private static MessageRead toewijzing() throws IOException {
        return message("sample-messages/ijw/valid/01-jw301-toewijzing.xml");
    }

    private static MessageRead message(String file) throws IOException {
        return RuleTestSupport.read(Files.readString(Path.of(file)));
    }
}
