package nl.berichtenbatch.job;

import static nl.berichtenbatch.job.GemeenteFunctionalTests.answer;
import static nl.berichtenbatch.job.GemeenteFunctionalTests.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.XmlElement;
import tools.jackson.databind.JsonNode;

/**
 * The official-XSLT option through the whole job, with a small stylesheet that answers every message with a Rapport
 * holding one Fout: its verdict decides, its XsltVersie goes into the retour, and the disagreement is reported.
 */
class OfficialXsltFunctionalTests {

    private static final String STYLESHEET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:r="http://www.istandaarden.nl/validatie/1_1/rapport/schema">
              <xsl:template match="/">
                <r:Rapport>
                  <r:Header><r:BerichtCode>438</r:BerichtCode><r:BerichtVersie>3</r:BerichtVersie>
                    <r:BerichtSubversie>2</r:BerichtSubversie><r:BerichtIdentificatie><r:Identificatie>X</r:Identificatie>
                    <r:Dagtekening>2026-01-01</r:Dagtekening></r:BerichtIdentificatie>
                    <r:XSLTVersie>2.10.5</r:XSLTVersie></r:Header>
                  <r:Fouten><r:Fout><r:Code>CS058</r:Code><r:Locatie>/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering</r:Locatie>
                    <r:Details>Test-Fout.</r:Details></r:Fout></r:Fouten>
                </r:Rapport>
              </xsl:template>
            </xsl:stylesheet>
            """;

    @TempDir
    Path dir;

    @Test
    void theOfficialXsltRejectsAndTheRetourCarriesItsVersion() throws Exception {
        // given an installation with the (test) official XSLT for iJw
        Path stylesheet = Files.writeString(dir.resolve("official.xsl"), STYLESHEET);
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363", """
                berichtenbatch:
                  validation:
                    official-xslt:
                      ijw: %s
                """.formatted(stylesheet));
        workspace.outgoing("toewijzing.xml", sample("ijw", "301"));
        workspace.inbox("start.xml", sample("ijw", "305"));
        // when
        TestWorkspace.Run run = workspace.process();
        // then the start the native rules accept is rejected at level 2, as the official XSLT says
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode start = workspace.message(1, "start.xml");
        assertThat(start.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(start.get("level").asInt()).isEqualTo(2);
        assertThat(start.get("findings").toString()).contains("official XSLT 2.10.5: Test-Fout.").contains("BB020");
        MessageRead retour = answer(workspace, start);
        assertThat(retour.root().all("Header/RetourCodes/RetourCode")).extracting(XmlElement::text).containsExactly("0001");
        assertThat(retour.root().valueOrNull("Header/XsltVersie")).isEqualTo("2.10.5");
    }

    @Test
    void aStylesheetThatDoesNotCompileStopsProcessWithOneLine() throws Exception {
        // given an installation whose official XSLT for iWmo has an error
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363", """
                berichtenbatch:
                  validation:
                    official-xslt:
                      iwmo: %s
                """.formatted(Path.of("src/test/resources/official-xslt/does-not-compile.xsl").toAbsolutePath()));
        workspace.inbox("start.xml", sample("ijw", "305"));
        // when
        TestWorkspace.Run run = workspace.process();
        // then nothing is processed and the operator reads which key to fix
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("berichtenbatch: berichtenbatch.validation.official-xslt.iwmo: The official XSLT ")
                .contains("cannot be compiled").hasLineCount(1);
        assertThat(workspace.files("inbox")).containsExactly("start.xml");
    }
}
