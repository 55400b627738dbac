package nl.berichtenbatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.message.TestBerichten;
import nl.berichtenbatch.message.XmlElement;
import tools.jackson.databind.JsonNode;

/**
 * A scenario of processes.md §12 replayed through {@code process}: messages dropped in order into inbox/ (from the
 * partner) and outgoing/ (our own), one run, and then per file its outcome and the codes per class of its answer.
 */
final class Scenario {

    /** Wrappers that are no class: left out of the class names {@link #codes} gives. */
    private static final Set<String> WRAPPERS = Set.of("Relaties", "Contactgegevens", "ToegewezenProducten",
            "StartProducten", "StopProducten", "AangevraagdeProducten", "OngewijzigdeProducten", "TeWijzigenProducten",
            "NieuweProducten", "Clienten", "Prestaties");
    private static final MessageReader reader = new MessageReader(SchemaCatalog.bundled(), 26_214_400);

    /** The messages of the scenario's standard between its gemeente and aanbieder. */
    final TestBerichten m;
    private final TestWorkspace workspace;
    private int runs;

    private Scenario(TestBerichten messages, TestWorkspace workspace) {
        this.m = messages;
        this.workspace = workspace;
    }

    /** The gemeente's installation of processes.md §12 (iJw 0384, iWmo 0363). */
    static Scenario gemeente(Path dir, String standard) {
        return gemeente(dir, standard, "");
    }

    /** The same, with extra configuration (the datasource of a PostgreSQL database). */
    static Scenario gemeente(Path dir, String standard, String extraYaml) {
        TestBerichten messages = TestBerichten.of(standard);
        return new Scenario(messages, new TestWorkspace(dir, "gemeente", messages.gemeente(), extraYaml));
    }

    /** The aanbieder's installation of processes.md §12 (iJw 42420001, iWmo 65656055). */
    static Scenario aanbieder(Path dir, String standard) {
        return aanbieder(dir, standard, "");
    }

    /** The same, with extra configuration (the datasource of a PostgreSQL database). */
    static Scenario aanbieder(Path dir, String standard, String extraYaml) {
        TestBerichten messages = TestBerichten.of(standard);
        return new Scenario(messages, new TestWorkspace(dir, "aanbieder", messages.aanbieder(), extraYaml));
    }

    /** A message from the partner. */
    Scenario in(String name, String xml) {
        workspace.inbox(name + ".xml", xml);
        return this;
    }

    /** A message of our own to send. */
    Scenario out(String name, String xml) {
        workspace.outgoing(name + ".xml", xml);
        return this;
    }

    /** One run of {@code process} over everything dropped so far. */
    Scenario process() {
        TestWorkspace.Run run = workspace.process();
        assertThat(run.exitCode()).as(run.err()).isZero();
        runs++;
        return this;
    }

    /**
     * One run of {@code process --run-date}: the scenario's own dates, as on the night the receiver processed them
     * (the run report records the date).
     */
    Scenario process(String runDate) {
        TestWorkspace.Run run = workspace.run("process", "--run-date", runDate);
        assertThat(run.exitCode()).as(run.err()).isZero();
        runs++;
        assertThat(workspace.report(runs).get("runDate").asString()).isEqualTo(runDate);
        return this;
    }

    /** The outcome of a file in the run report (ACCEPTED, REJECTED, PARTIAL, SENT, HELD, RECORDED…). */
    String outcome(String name) {
        return message(name).get("outcome").asString();
    }

    /** Asserts the outcome of a file; a failure shows the file's findings. */
    Scenario expect(String name, String outcome) {
        assertThat(outcome(name)).as(name + " " + message(name).get("findings")).isEqualTo(outcome);
        return this;
    }

    /**
     * The codes of the answer to a received file, per class, e.g. {@code Header=0200 Client=0200
     * Client/StartProduct[1]=9063}; empty for a header-only answer without codes.
     */
    String codes(String name) {
        MessageRead answer = answer(name);
        List<String> classes = new ArrayList<>();
        collect(answer.root(), classes);
        return String.join(" ", classes);
    }

    /** A value in the answer to a received file, at a path below Bericht, e.g. the TotaalToegekendBedrag of a 325. */
    String answerValue(String name, String path) {
        return answer(name).root().valueOrNull(path);
    }

    /** The rules whose errors our checks found in a file, sorted, e.g. the level-2 rule behind a 0001. */
    List<String> errorRules(String name) {
        List<String> rules = new ArrayList<>();
        for (JsonNode finding : message(name).get("findings")) {
            if (finding.get("severity").asString().equals("error")) {
                rules.add(finding.get("rule").asString());
            }
        }
        return rules.stream().distinct().sorted().toList();
    }

    /** The retourcodes that our checks found in a file (its errors in the run report), sorted, e.g. for HELD files. */
    List<String> findingCodes(String name) {
        List<String> codes = new ArrayList<>();
        for (JsonNode finding : message(name).get("findings")) {
            if (finding.get("severity").asString().equals("error") && !finding.get("retourcode").isNull()) {
                codes.add(finding.get("retourcode").asString());
            }
        }
        return codes.stream().distinct().sorted().toList();
    }

    private MessageRead answer(String name) {
        JsonNode message = message(name);
        assertThat(message.get("output").isNull()).as(name + " has an answer").isFalse();
        try {
            MessageRead read = reader.read(workspace.data().resolve(message.get("output").asString()));
            assertThat(read.findings()).as("the answer to " + name + " is valid").isEmpty();
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode message(String name) {
        for (int run = runs; run >= 1; run--) {
            for (JsonNode message : workspace.report(run).get("messages")) {
                if (message.get("file").asString().equals(name + ".xml")) {
                    return message;
                }
            }
        }
        throw new AssertionError("no " + name + ".xml in any run");
    }

    private static void collect(XmlElement element, List<String> classes) {
        element.child("RetourCodes").ifPresent(codes -> classes.add(label(element) + "=" + codes.children().stream()
                .map(XmlElement::text).collect(Collectors.joining(","))));
        for (XmlElement child : element.children()) {
            if (!child.name().equals("RetourCodes")) {
                collect(child, classes);
            }
        }
    }

    private static String label(XmlElement element) {
        List<String> parts = new ArrayList<>();
        for (String step : element.path().substring("/Bericht/".length()).split("/")) {
            if (!WRAPPERS.contains(step.replaceAll("\\[\\d+]$", ""))) {
                parts.add(step);
            }
        }
        return String.join("/", parts);
    }
}
