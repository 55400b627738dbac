package nl.berichtenbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.message.XmlElement;
import tools.jackson.databind.JsonNode;

/**
 * A gemeente's nights, for both standards, through the whole job on H2: what it sends, what it receives, and every
 * answer it writes.
 */
class GemeenteFunctionalTests {

    private static final MessageReader reader = new MessageReader(SchemaCatalog.bundled(), 26_214_400);

    @TempDir
    Path dir;

    /** The workspace of a test; the PostgreSQL integration tests give it their database. */
    TestWorkspace workspace() {
        return new TestWorkspace(dir, "gemeente", "0363");
    }

    /** The sample file of a message number for a standard, e.g. (iwmo, 305) → 03-wmo305-start.xml. */
    static String sample(String standard, String number) {
        String prefix = standard.equals("ijw") ? "jw" : "wmo";
        try (var files = java.nio.file.Files.list(Path.of("sample-messages", standard, "valid"))) {
            String name = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("-" + prefix + number + "-")).findFirst().orElseThrow();
            return TestWorkspace.sample(standard, name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String withIdentificatie(String message, String identificatie) {
        return message.replaceFirst("(:Identificatie>)[^<]*<", "$1" + identificatie + "<");
    }

    private static List<String> codes(XmlElement element) {
        return element.all("RetourCodes/RetourCode").stream().map(XmlElement::text).toList();
    }

    /** The answer to a message, checked against our schema and, for iJw, the official XSD. */
    static MessageRead answer(TestWorkspace workspace, JsonNode message) throws IOException {
        Path file = workspace.data().resolve(message.get("output").asString());
        MessageRead read = reader.read(file);
        assertThat(read.findings()).as("the answer is valid against its schema").isEmpty();
        if (read.kind().standard().id().equals("ijw")) {
            OfficialSchemas.ijw().ifPresent(official -> {
                try {
                    assertThat(new MessageReader(official, 26_214_400).read(file).findings())
                            .as("the answer is valid against the official XSD").isEmpty();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return read;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void aNightWithOneClientGoesAsTheStandardSays(String standard) throws IOException {
        // given an allocation we send, and what the aanbieder sends back and on
        TestWorkspace workspace = workspace();
        workspace.outgoing("toewijzing.xml", sample(standard, "301"));
        workspace.inbox("retour-toewijzing.xml", sample(standard, "302"));
        workspace.inbox("start.xml", sample(standard, "305"));
        workspace.inbox("stop.xml", sample(standard, "307"));
        workspace.inbox("declaratie.xml", sample(standard, "323"));
        // when
        TestWorkspace.Run run = workspace.process();
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Run 1 COMPLETED");
        assertThat(workspace.message(1, "toewijzing.xml").get("outcome").asString()).isEqualTo("SENT");
        assertThat(workspace.message(1, "retour-toewijzing.xml").get("outcome").asString()).isEqualTo("RECORDED");
        JsonNode start = workspace.message(1, "start.xml");
        assertThat(start.get("outcome").asString()).isEqualTo("ACCEPTED");
        MessageRead retourStart = answer(workspace, start);
        assertThat(retourStart.kind().type().number()).isEqualTo("306");
        assertThat(retourStart.root().find("Header/RetourCodes")).isEmpty();
        assertThat(retourStart.root().find("Client")).isEmpty();
        assertThat(workspace.message(1, "stop.xml").get("outcome").asString()).isEqualTo("ACCEPTED");
        JsonNode declaratie = workspace.message(1, "declaratie.xml");
        assertThat(declaratie.get("outcome").asString()).isEqualTo("ACCEPTED");
        MessageRead antwoord = answer(workspace, declaratie);
        assertThat(antwoord.kind().type().number()).isEqualTo("325");
        assertThat(codes(antwoord.root().find("DeclaratieAntwoord").orElseThrow())).containsExactly("8001");
        assertThat(workspace.files("outbox")).hasSize(4);  // the 301, and answers to 305, 307, 323
        assertThat(workspace.files("accepted")).containsExactlyInAnyOrder("retour-toewijzing.xml", "start.xml",
                "stop.xml", "declaratie.xml");
        assertThat(workspace.files("inbox")).isEmpty();
        assertThat(workspace.files("work")).isEmpty();
        assertThat(workspace.files("reports")).containsExactly("run-1.html", "run-1.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void rejectsWhatBreaksTheCrossMessageRules(String standard) throws IOException {
        // given an allocation, a start and a stop that were accepted before
        TestWorkspace workspace = workspace();
        String start = sample(standard, "305");
        String stop = sample(standard, "307");
        workspace.outgoing("toewijzing.xml", sample(standard, "301"));
        workspace.inbox("start.xml", start);
        assertThat(workspace.process().exitCode()).isZero();
        // when the aanbieder sends what the rules reject
        workspace.inbox("unknown-allocation.xml", withIdentificatie(start, "T-901")
                .replace("ToewijzingNummer>1001<", "ToewijzingNummer>4242<"));
        workspace.inbox("cancel-unknown.xml", withIdentificatie(start, "T-902")
                .replace("StatusAanlevering>1<", "StatusAanlevering>3<")
                .replaceFirst("(:Begindatum>)[^<]*<", "$12026-02-05<"));
        workspace.inbox("stop-without-start.xml", withIdentificatie(stop, "T-903")
                .replaceFirst("(:Begindatum>)[^<]*<", "$12026-05-05<"));
        workspace.inbox("start-again.xml", start);
        workspace.inbox("reused-identification.xml", start.replace("StatusAanlevering>1<", "StatusAanlevering>3<"));
        workspace.inbox("future.xml", withIdentificatie(start, "T-904")
                .replaceFirst("(:Dagtekening>)[^<]*<", "$12060-01-01<"));
        workspace.inbox("not-for-us.xml", withIdentificatie(start, "T-905").replace(":Ontvanger>0363<", ":Ontvanger>0599<"));
        workspace.inbox("invalid.xml", withIdentificatie(start, "T-906").replaceFirst("(:Bsn>)\\d+<", "$112345678<"));
        TestWorkspace.Run run = workspace.process();
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        MessageRead unknown = answer(workspace, workspace.message(2, "unknown-allocation.xml"));
        assertThat(workspace.message(2, "unknown-allocation.xml").get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(codes(unknown.root().find("Header").orElseThrow())).containsExactly("0200");
        assertThat(codes(unknown.root().find("Client").orElseThrow())).containsExactly("0200");
        assertThat(codes(unknown.root().all("Client/StartProducten/StartProduct").get(0))).containsExactly("9019");
        MessageRead cancel = answer(workspace, workspace.message(2, "cancel-unknown.xml"));
        assertThat(codes(cancel.root().all("Client/StartProducten/StartProduct").get(0))).containsExactly("9063");
        MessageRead stopWithoutStart = answer(workspace, workspace.message(2, "stop-without-start.xml"));
        assertThat(codes(stopWithoutStart.root().all("Client/StopProducten/StopProduct").get(0))).containsExactly("9069");
        assertThat(workspace.message(2, "start-again.xml").get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(workspace.files("duplicates")).containsExactly("start-again.xml");
        MessageRead reused = answer(workspace, workspace.message(2, "reused-identification.xml"));
        assertThat(codes(reused.root().find("Header").orElseThrow())).containsExactly("9056");
        assertThat(reused.root().find("Client")).isEmpty();
        MessageRead future = answer(workspace, workspace.message(2, "future.xml"));
        assertThat(codes(future.root().find("Header").orElseThrow())).containsExactly("8848");
        JsonNode misrouted = workspace.message(2, "not-for-us.xml");
        assertThat(misrouted.get("outcome").asString()).isEqualTo("MISROUTED");
        JsonNode invalid = workspace.message(2, "invalid.xml");
        assertThat(invalid.get("outcome").asString()).isEqualTo("INVALID");
        assertThat(invalid.get("level").asInt()).isEqualTo(1);
        assertThat(workspace.files("rejected")).containsExactlyInAnyOrder("invalid.xml", "invalid.xml.fout.txt",
                "not-for-us.xml", "not-for-us.xml.fout.txt");
        assertThat(workspace.read("rejected/invalid.xml.fout.txt")).contains("BB007").contains("/Bericht/Client/Bsn")
                .doesNotContain("12345678<");
        // the 301 and the 306 of the first run, and five retours: no answer to a duplicate, misrouted or invalid file
        assertThat(workspace.files("outbox")).hasSize(2 + 5);
        assertThat(workspace.files("inbox")).isEmpty();
    }
}
