package nl.berichtenbatch.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
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
        assertThat(findings.get(0).text()).isEqualTo("official XSLT: Als Postcode gevuld is, dan verplicht vullen.");
        assertThat(findings.get(2).text()).isEqualTo("official XSLT: rule TR101 is not met.");
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
    void needsSaxonForXslt2() throws IOException {
        // given an XSLT 2.0 stylesheet
        Assumptions.assumeFalse(saxonPresent(), "Saxon-HE is on the class path");
        Path stylesheet = write("twee.xsl", NO_FOUTEN.replace(XSLT_1, XSLT_2));
        // when / then
        assertThatThrownBy(() -> OfficialXslt.load(stylesheet)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Saxon-HE");
    }

    @Test
    void runsXslt2WithSaxon() throws IOException {
        // given an XSLT 2.0 stylesheet using a 2.0 function
        if (!saxonPresent()) {
            System.out.println("SKIPPED: Saxon-HE (net.sf.saxon:Saxon-HE) is not on the class path");
        }
        Assumptions.assumeTrue(saxonPresent(), "Saxon-HE is not on the class path");
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

    private Path stylesheetWithInclude() throws IOException {
        Files.createDirectories(folder.resolve("common"));
        Files.writeString(folder.resolve("common/versie.xsl"), VERSIE);
        return write("jw301.xsl", TWO_FOUTEN);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private static MessageRead toewijzing() throws IOException {
        return RuleTestSupport.read(Files.readString(Path.of("sample-messages/ijw/valid/01-jw301-toewijzing.xml")));
    }

    private static boolean saxonPresent() {
        try {
            Class.forName("net.sf.saxon.TransformerFactoryImpl");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
