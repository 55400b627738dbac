package nl.berichtenbatch.cli;

import static nl.berichtenbatch.cli.CliTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code validate} with the official level-2 XSLT (as an option or from the configuration) and with a fixed run date,
 * using the XSLT 2.0 stand-in of the test resources, which rejects every StatusAanlevering with CS058.
 */
class ValidateOfficialXsltTests {

    private static final Path STYLESHEET = Path.of("src/test/resources/official-xslt/rapport-xslt2.xsl");
    private static final Path BROKEN = Path.of("src/test/resources/official-xslt/does-not-compile.xsl");
    private static final String START = "sample-messages/ijw/valid/03-jw305-start.xml";
    private static final String ALLOCATION = "sample-messages/ijw/valid/01-jw301-toewijzing.xml";

    @TempDir
    Path dir;

    @Test
    void listsTheOfficialFindingsAndRejectsWhatTheOfficialXsltRejects() {
        // when a start and an allocation are validated with the official iJw XSLT
        CliTests.Run run = run("validate", "--official-xslt-ijw", STYLESHEET.toString(), START, ALLOCATION);
        // then the start is rejected at level 2 with the official Fout, its XsltVersie and the disagreement
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("REJECTED  " + START).contains("ACCEPTED  " + ALLOCATION)
                .contains("CS058 [0001]  official XSLT 9.8.7: Test-Fout.")
                .contains("BB020  The native level-2 rules accept this message and the official XSLT 9.8.7 rejects it.")
                .contains("XsltVersie 9.8.7 (official XSLT rapport-xslt2.xsl)")
                .contains("2 files: 1 accepted, 1 rejected.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsTheOfficialFindingsInTheJsonOfTheRunReport() {
        // when
        CliTests.Run run = run("validate", "--json", "--official-xslt-ijw", STYLESHEET.toString(), START);
        // then
        JsonNode start = JsonMapper.builder().build().readTree(run.outLines().get(0));
        assertThat(start.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(start.get("level").asInt()).isEqualTo(2);
        JsonNode official = start.get("findings").valueStream()
                .filter(f -> f.get("rule").asString().equals("CS058")).findFirst().orElseThrow();
        assertThat(official.get("retourcode").asString()).isEqualTo("0001");
        assertThat(official.get("location").asString())
                .isEqualTo("/Bericht/Client/StartProducten/StartProduct/StatusAanlevering");
        assertThat(official.get("text").asString()).isEqualTo("official XSLT 9.8.7: Test-Fout.");
        assertThat(start.get("findings").valueStream().map(f -> f.get("rule").asString())).contains("BB020");
    }

    @Test
    void takesTheOfficialXsltFromTheConfigurationForItsStandardOnly() throws IOException {
        // given a configuration without database that names the official XSLT for iJw
        Path config = Files.writeString(dir.resolve("application.yml"), """
                berichtenbatch:
                  validation:
                    official-xslt:
                      ijw: %s
                """.formatted(STYLESHEET.toAbsolutePath()));
        // when
        CliTests.Run ijw = run("--config", config.toString(), "validate", START);
        CliTests.Run iwmo = run("--config", config.toString(), "validate",
                "sample-messages/iwmo/valid/01-wmo301-toewijzing.xml", ALLOCATION);
        // then the iJw start is rejected by it, and messages it does not reject are accepted
        assertThat(ijw.exitCode()).isEqualTo(1);
        assertThat(ijw.out()).contains("official XSLT 9.8.7: Test-Fout.").contains("BB020");
        assertThat(iwmo.exitCode()).as(iwmo.out()).isZero();
        assertThat(iwmo.out()).doesNotContain("official XSLT");
    }

    @Test
    void aStylesheetThatDoesNotCompileIsOneLineAndExitTwo() throws IOException {
        // given the same stylesheet as an option and in a configuration
        Path config = Files.writeString(dir.resolve("application.yml"), """
                berichtenbatch:
                  validation:
                    official-xslt:
                      iwmo: %s
                """.formatted(BROKEN.toAbsolutePath()));
        // when
        CliTests.Run option = run("validate", "--official-xslt-ijw", BROKEN.toString(), START);
        CliTests.Run configured = run("--config", config.toString(), "validate", START);
        CliTests.Run missing = run("validate", "--official-xslt-iwmo", dir.resolve("nope.xsl").toString(), START);
        // then
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).startsWith("berichtenbatch: --official-xslt-ijw: The official XSLT ")
                .contains("cannot be compiled").hasLineCount(1);
        assertThat(option.out()).isEmpty();
        assertThat(configured.exitCode()).isEqualTo(2);
        assertThat(configured.err()).startsWith("berichtenbatch: berichtenbatch.validation.official-xslt.iwmo: ")
                .hasLineCount(1);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--official-xslt-iwmo").contains("does not exist").hasLineCount(1);
    }

    @Test
    void checksTheDateRulesAgainstTheGivenRunDate() {
        // given an allocation dated 2026-02-20
        // when it is validated as on the day before and as on that day
        CliTests.Run before = run("validate", "--run-date", "2026-02-19", ALLOCATION);
        CliTests.Run onTheDay = run("validate", "--run-date", "2026-02-20", ALLOCATION);
        CliTests.Run wrong = run("validate", "--run-date", "20-02-2026", ALLOCATION);
        // then a Dagtekening after the receiver's system date is TR135
        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.out()).contains("TR135 [8848]");
        assertThat(onTheDay.exitCode()).as(onTheDay.out()).isZero();
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--run-date").hasLineCount(1);
    }

    @Test
    void helpNamesTheNewOptions() {
        // when / then
        assertThat(run("validate", "--help").out()).contains("--official-xslt-ijw").contains("--official-xslt-iwmo")
                .contains("--run-date");
        assertThat(run("process", "--help").out()).contains("--run-date");
    }
}
