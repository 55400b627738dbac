package nl.berichtenbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code validate} judges a declaration (323) as {@code process} then does: the same outcome, the same findings. */
class ValidateDeclarationFunctionalTests {

    private static final String UNKNOWN_CLIENT = """
            <jw323:Client>
                    <jw323:Bsn>999911120</jw323:Bsn>
                    <jw323:Prestaties>
                      <jw323:Prestatie>
                        <jw323:ProductReferentie>
                          <ijw:ReferentieNummer>JW-PR-2026-10-0002</ijw:ReferentieNummer>
                        </jw323:ProductReferentie>
                        <jw323:ToewijzingNummer>9009</jw323:ToewijzingNummer>
                        <jw323:ProductCategorie>45</jw323:ProductCategorie>
                        <jw323:ProductCode>45A01</jw323:ProductCode>
                        <jw323:ProductPeriode>
                          <ijw:Begindatum>2026-10-01</ijw:Begindatum>
                          <ijw:Einddatum>2026-10-31</ijw:Einddatum>
                        </jw323:ProductPeriode>
                        <jw323:GeleverdVolume>9</jw323:GeleverdVolume>
                        <jw323:Eenheid>04</jw323:Eenheid>
                        <jw323:ProductTarief>6250</jw323:ProductTarief>
                        <jw323:IngediendBedrag>
                          <ijw:Bedrag>56250</ijw:Bedrag>
                          <ijw:DebetCredit>D</ijw:DebetCredit>
                        </jw323:IngediendBedrag>
                      </jw323:Prestatie>
                    </jw323:Prestaties>
                  </jw323:Client>
                """;

    @TempDir
    Path dir;

    @Test
    void validateAndProcessJudgeAPartlyRightDeclarationAlike() throws IOException {
        // given an allocation sent and its start received
        TestWorkspace workspace = new TestWorkspace(dir, "gemeente", "0363", "");
        workspace.outgoing("toewijzing.xml", GemeenteFunctionalTests.sample("ijw", "301"));
        workspace.inbox("start.xml", GemeenteFunctionalTests.sample("ijw", "305"));
        assertThat(workspace.process().exitCode()).isZero();
        assertThat(workspace.message(1, "start.xml").get("outcome").asText()).isEqualTo("ACCEPTED");
        // and a declaration for that client and for a client with an allocation nobody sent
        String declaratie = GemeenteFunctionalTests.sample("ijw", "323")
                .replace("<ijw:TotaalBedrag>56250<", "<ijw:TotaalBedrag>112500<")
                .replace("</jw323:Client>", "</jw323:Client>\n      " + UNKNOWN_CLIENT.strip());
        Path file = Files.writeString(dir.resolve("declaratie.xml"), declaratie);
        // when it is validated, and then processed
        TestWorkspace.Run validated = workspace.run("validate", "--json", file.toString());
        workspace.inbox("declaratie.xml", declaratie);
        assertThat(workspace.process().exitCode()).isZero();
        // then both say PARTIAL, for the same reason
        JsonNode judged = JsonMapper.builder().build().readTree(validated.out());
        JsonNode byValidate = judged.isArray() ? judged.get(0) : judged;
        JsonNode byProcess = workspace.message(2, "declaratie.xml");
        assertThat(validated.exitCode()).as(validated.err()).isEqualTo(1);
        assertThat(byValidate.get("outcome").asText()).isEqualTo("PARTIAL");
        assertThat(byProcess.get("outcome").asText()).isEqualTo("PARTIAL");
        assertThat(byValidate.get("findings")).isEqualTo(byProcess.get("findings"));
        assertThat(byProcess.get("findings").get(0).get("location").asText())
                .startsWith("/Bericht/Declaratie/Clienten/Client[2]/");
    }
}
