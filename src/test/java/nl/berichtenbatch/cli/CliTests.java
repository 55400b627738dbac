package nl.berichtenbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.message.TestMessages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTests {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void validateJsonPrintsOneContractObjectPerFile() throws IOException {
        // given one valid and one invalid file
        Path valid = write("start.xml", TestMessages.validStart());
        Path invalid = write("bad.xml", TestMessages.validStart().replace("<jw305:Geslacht>1<", "<jw305:Geslacht>7<"));
        // when
        Run run = run("validate", "--json", valid.toString(), invalid.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(run.outLines().get(0));
        assertThat(first.get("file").asString()).isEqualTo(valid.toString());
        assertThat(first.get("sha256").asString()).hasSize(64);
        assertThat(first.get("direction").asString()).isEqualTo("inbound");
        assertThat(first.get("standard").asString()).isEqualTo("ijw");
        assertThat(first.get("release").asString()).isEqualTo("3.2");
        assertThat(first.get("message").asString()).isEqualTo("JW305");
        assertThat(first.get("sender").asString()).isEqualTo("12345678");
        assertThat(first.get("receiver").asString()).isEqualTo("0363");
        assertThat(first.get("identification").asString()).isEqualTo("T-305-0001");
        // against an empty state the start refers to an allocation nobody sent: level 3
        assertThat(first.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(first.get("level").asInt()).isEqualTo(3);
        assertThat(first.get("findings").get(0).get("rule").asString()).isEqualTo("TR019");
        assertThat(first.get("findings").get(0).get("retourcode").asString()).isEqualTo("9019");
        assertThat(first.has("output")).isTrue();
        JsonNode second = JsonMapper.builder().build().readTree(run.outLines().get(1));
        assertThat(second.get("outcome").asString()).isEqualTo("INVALID");
        assertThat(second.get("level").asInt()).isEqualTo(1);
        JsonNode finding = second.get("findings").get(0);
        assertThat(finding.get("rule").asString()).isEqualTo("BB007");
        assertThat(finding.get("severity").asString()).isEqualTo("error");
        assertThat(finding.get("retourcode").isNull()).isTrue();
        assertThat(finding.get("location").asString()).isEqualTo("/Bericht/Client/Geslacht");
        assertThat(finding.get("text").asString()).contains("'7'");
        assertThat(finding.get("line").asInt()).isEqualTo(23);
    }

    @Test
    void validateExitsZeroWhenEveryFileIsAccepted() throws IOException {
        // given an allocation, which no rule rejects against an empty state
        Path valid = write("toewijzing.xml", Files.readString(Path.of("sample-messages/ijw/valid/01-jw301-toewijzing.xml")));
        // when
        Run run = run("validate", valid.toString());
        // then
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("ACCEPTED").contains("iJw 3.2 JW301").contains("1 file: 1 accepted.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateChecksAgainstTheConfiguredStateWithoutChangingIt() throws IOException {
        // given an installation that received an allocation
        Path data = dir.resolve("data");
        Path config = write("application.yml", """
                berichtenbatch:
                  role: gemeente
                  identities: [ "0363" ]
                  data-dir: %s
                  inbox:
                    settle-seconds: 0
                  privacy:
                    pseudonym-key: a-test-key-of-some-length
                """.formatted(data));
        Files.createDirectories(data.resolve("outgoing"));
        Files.copy(Path.of("sample-messages/ijw/valid/01-jw301-toewijzing.xml"), data.resolve("outgoing/301.xml"));
        assertThat(run("--config", config.toString(), "process").exitCode()).isZero();
        Path start = write("start.xml", Files.readString(Path.of("sample-messages/ijw/valid/03-jw305-start.xml")));
        // when it validates a start on that allocation, twice
        Run first = run("--config", config.toString(), "validate", start.toString());
        Run second = run("--config", config.toString(), "validate", start.toString());
        // then it is accepted both times: validate records nothing
        assertThat(first.exitCode()).as(first.out()).isZero();
        assertThat(second.out()).contains("ACCEPTED").contains("1 file: 1 accepted.");
    }

    @Test
    void validateReadsTheXmlFilesOfAFolder() throws IOException {
        // given
        write("a.xml", TestMessages.validStart());
        write("b.XML", TestMessages.validWmoStart());
        write("notes.txt", "not a message");
        // when
        Run run = run("validate", "--json", dir.toString());
        // then
        assertThat(run.outLines()).hasSize(2);
    }

    @Test
    void validateWithAMissingFileIsAUsageError() {
        // when
        Run run = run("validate", dir.resolve("nope.xml").toString());
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains("file not found").contains("nope.xml");
    }

    @Test
    void validateHonoursTheConfiguredSizeLimit() throws IOException {
        // given a configuration with a 100-byte limit
        Path config = write("application.yml", "berichtenbatch:\n  inbox:\n    max-file-bytes: 100\n");
        Path valid = write("start.xml", TestMessages.validStart());
        // when
        Run run = run("--config", config.toString(), "validate", valid.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("BB002").contains("limit of 100 bytes");
    }

    @Test
    void badConfigurationIsAOneLineUsageError() throws IOException {
        // given
        Path config = write("application.yml", "berichtenbatch:\n  inbox:\n    max-file-bytes: lots\n");
        Path valid = write("start.xml", TestMessages.validStart());
        // when
        Run run = run("--config", config.toString(), "validate", valid.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).contains("berichtenbatch.inbox");
        assertThat(run("--config", dir.resolve("missing.yml").toString(), "validate", valid.toString()).err())
                .contains("missing.yml not found");
    }

    @Test
    void validatesAgainstAnOperatorsSchemasDirWhenConfigured() throws IOException {
        // given the official iJw XSDs in a folder of the schemas-dir layout (read from the reference data)
        Path official = Path.of("..", "shared", "reference", "ijw-3.2");
        if (!Files.isDirectory(official)) {
            System.out.println("SKIPPED: ../shared/reference/ijw-3.2 not found; the official XSDs are needed");
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "../shared/reference/ijw-3.2 not found");
        }
        Path schemas = Files.createDirectories(dir.resolve("official/ijw/3.2"));
        try (var xsds = Files.list(official.resolve("xsd"))) {
            for (Path xsd : xsds.toList()) {
                Files.copy(xsd, schemas.resolve(xsd.getFileName()));
            }
        }
        Path config = write("application.yml",
                "berichtenbatch:\n  validation:\n    schemas-dir: " + dir.resolve("official") + "\n");
        Path wmo = write("wmo.xml", TestMessages.validWmoStart());
        // when
        Run ijw = run("--config", config.toString(), "validate", official.resolve("examples/JW301.xml").toString(),
                official.resolve("examples/JW315.xml").toString());
        Run iwmo = run("--config", config.toString(), "validate", wmo.toString());
        // then
        // JW301 passes level 1 (against an empty state level 3 may reject it: TR379 finds no request)
        assertThat(ijw.out()).containsPattern("(ACCEPTED|REJECTED) +\\S*JW301\\.xml").contains("INVALID")
                .contains("2027-06-31");
        assertThat(iwmo.out()).contains("BB006").contains("schemas-dir");
    }

    @Test
    void unknownCommandsAndOptionsExitTwoWithOneLine() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"--frobnicate"},
                new String[] {"validate", "--frobnicate", "x.xml"}, new String[] {"validate"}, new String[0])) {
            // when
            Run run = run(args);
            // then
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines().toList()).as(String.join(" ", args)).hasSize(1);
            assertThat(run.err()).startsWith("berichtenbatch: ");
        }
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        // when
        Run run = run("--help");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate").contains("demo").contains("Exit codes:")
                .contains("0   the run completed").contains("2   usage or configuration error");
        assertThat(run("validate", "--help").out()).contains("Exit codes:").contains("--json").contains("Examples:");
    }

    @Test
    void versionNamesTheStandards() {
        // when
        Run run = run("--version");
        // then
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("berichtenbatch ").contains("iJw 3.2, iWmo 3.2");
    }

    @Test
    void demoRunsTheSampleMessagesAsGemeenteAndAsAanbieder() throws IOException {
        // when the demo runs twice in the same place
        Run first = run("demo", "--samples", Path.of("sample-messages").toString(), "--workspace",
                dir.resolve("demo").toString());
        Run second = run("demo", "--samples", Path.of("sample-messages").toString(), "--workspace",
                dir.resolve("demo").toString());
        // then each run is a fresh full run for both roles
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("== as gemeente 0363 ==").contains("== as aanbieder 12345678 ==")
                .contains("Run 1 COMPLETED").contains("accepted").contains("rejected");
        assertThat(Files.list(dir.resolve("demo/gemeente/data/outbox")).count()).isPositive();
        // and the full log is in the data-dir (Spring Boot's start of its logging used to take the file off: empty)
        assertThat(Files.readString(dir.resolve("demo/gemeente/data/logs/berichtenbatch.log")))
                .contains("claimFilesStep").contains("processFilesStep").contains("finishRunStep")
                .doesNotContain("999912343");  // the samples' Bsn: never in a log
    }

    @Test
    void aRunThatBrokeOffOnMemorySaysHowToContinueIt() {
        // given a run whose failure broke the job itself: H2 ran out of memory writing its pages and closed the database
        StringWriter err = new StringWriter();
        RuntimeException closed = new IllegalStateException("The database has been closed",
                new IllegalStateException("MVStoreException", new OutOfMemoryError("Capacity: 53872732")));
        // when
        int code = Cli.failure(new nl.berichtenbatch.job.RunFailedException(4, closed), new PrintWriter(err, true));
        // then the operator reads the cause and how to continue with more memory
        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString().lines()).hasSize(2).first().asString()
                .startsWith("berichtenbatch: run 4 failed: Capacity: 53872732")
                .endsWith("(continue it with: berichtenbatch jobs restart 4)");
        assertThat(err.toString().lines()).last().isEqualTo("berichtenbatch: the JVM ran out of memory; give it more "
                + "and continue the run, e.g. BERICHTENBATCH_JAVA_OPTS=\"-XX:+UseParallelGC -Xmx4g\" berichtenbatch "
                + "jobs restart 4");
        // and another failure gets no such hint
        StringWriter other = new StringWriter();
        Cli.failure(new nl.berichtenbatch.job.RunFailedException(5, new IllegalStateException("disk full")),
                new PrintWriter(other, true));
        assertThat(other.toString().lines()).hasSize(1);
    }

    @Test
    void demoNeverRemovesAFolderItDidNotMake() throws IOException {
        // given a folder with someone's files
        write("precious.txt", "keep me");
        // when
        Run run = run("demo", "--samples", Path.of("sample-messages").toString(), "--workspace", dir.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("precious.txt")).exists();
    }
}
