package nl.berichtenbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.berichtenbatch.cli.Cli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated set for each role, processed as it is by {@code process} on H2, and every file's outcome in the run
 * report compared with the manifest. The differences are printed (and written to
 * {@code target/generate-comparison-<role>.txt}): rules of levels 2-4 that the product does not have yet are
 * expected to show there. The test asserts what the current product must already do: level 1 exactly as the
 * manifest says, and the level-3/4 rules that exist (TR019, TR056, TR063, TR074, TR135, TR382) finding exactly
 * the files meant for them and never firing on a correct file.
 */
class GenerateFunctionalTests {

    /** The cross-message and external rules the product has, with their retour codes. */
    private static final Map<String, String> EXISTING_RULES = Map.of("TR019", "9019", "TR056", "9056",
            "TR063", "9063", "TR074", "9074", "TR135", "8848", "TR382", "9069");
    private static final int COUNT = 200;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"gemeente", "aanbieder"})
    void aGeneratedSetGetsTheOutcomesOfItsManifest(String role) throws IOException {
        // given a set made for today, with a tenth of its files wrong
        LocalDate today = LocalDate.now(GenerateOptions.NETHERLANDS);
        GeneratedSet set = GeneratedSet.generate(GeneratedSet.options(dir.resolve("set"), COUNT, role, "both", 10)
                .withSeed(7).withRunDate(today));
        // when it is processed as it is
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.execute(new PrintWriter(out), new PrintWriter(err), "--config",
                set.result().config().toString(), "process");
        // then
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Run 1 COMPLETED");
        Map<String, JsonNode> report = report(set.result().directory().resolve("data/reports/run-1.json"));
        Comparison comparison = compare(set.manifest(), report);
        String text = comparison.describe(role);
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "generate-comparison-" + role + ".txt"), text);

        assertThat(report).as("every generated file is in the report").hasSize(COUNT);
        assertThat(comparison.level1Failures).as("level-1 outcomes differ from the manifest").isEmpty();
        assertThat(comparison.existingRuleFailures).as("existing rules did not find what they should").isEmpty();
        assertThat(comparison.falseAlarms).as("existing rules fired on correct files").isEmpty();
    }

    private static Map<String, JsonNode> report(Path file) throws IOException {
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode message : JsonMapper.builder().build().readTree(Files.readString(file)).get("messages")) {
            byFile.put(message.get("file").asString(), message);
        }
        return byFile;
    }

    /** What the report says about a file: outcome, level and the retour codes of its error findings. */
    private record Actual(String outcome, Integer level, Set<String> codes, Set<String> rules) {

        static Actual of(JsonNode message) {
            Set<String> codes = new TreeSet<>();
            Set<String> rules = new TreeSet<>();
            for (JsonNode finding : message.get("findings")) {
                if (finding.get("severity").asString().equals("error")) {
                    rules.add(finding.get("rule").asString());
                    JsonNode code = finding.get("retourcode");
                    if (code != null && !code.isNull()) {
                        codes.add(code.asString());
                    }
                }
            }
            JsonNode level = message.get("level");
            return new Actual(message.get("outcome").asString(),
                    level == null || level.isNull() ? null : level.asInt(), codes, rules);
        }

        @Override
        public String toString() {
            return outcome + (level == null ? "" : " L" + level) + (codes.isEmpty() ? "" : " " + codes)
                    + (rules.isEmpty() ? "" : " " + rules);
        }
    }

    private static final class Comparison {
        final List<String> differences = new ArrayList<>();
        final Map<String, Integer> summary = new TreeMap<>();
        final List<String> level1Failures = new ArrayList<>();
        final List<String> existingRuleFailures = new ArrayList<>();
        final List<String> falseAlarms = new ArrayList<>();
        int matching;
        int total;

        String describe(String role) {
            StringBuilder text = new StringBuilder();
            text.append("generate -> process, role ").append(role).append(": ").append(matching).append(" of ")
                    .append(total).append(" files got the outcome of the manifest\n");
            if (!summary.isEmpty()) {
                text.append("differences by kind (count  defect: intended -> actual):\n");
                summary.forEach((k, v) -> text.append(String.format("%5d  %s%n", v, k)));
                text.append("every difference:\n");
                differences.forEach(d -> text.append("  ").append(d).append('\n'));
            }
            return text.toString();
        }
    }

    private static Comparison compare(List<Manifest.Entry> manifest, Map<String, JsonNode> report) {
        Comparison c = new Comparison();
        for (Manifest.Entry entry : manifest) {
            c.total++;
            JsonNode message = report.get(entry.file());
            if (message == null) {
                c.differences.add(entry.file() + ": not in the report");
                continue;
            }
            Actual actual = Actual.of(message);
            Set<String> intendedCodes = new TreeSet<>(entry.codes());
            boolean same = actual.outcome().equals(entry.outcome()) && java.util.Objects.equals(actual.level(),
                    entry.level()) && (Integer.valueOf(1).equals(entry.level()) || actual.codes().equals(intendedCodes));
            String intended = entry.outcome() + (entry.level() == null ? "" : " L" + entry.level())
                    + (intendedCodes.isEmpty() ? "" : " " + intendedCodes)
                    + (entry.rules().isEmpty() ? "" : " " + entry.rules());
            String line = entry.file() + " (" + entry.message() + (entry.isWrong() ? ", " + entry.defect() : "")
                    + "): intended " + intended + ", actual " + actual;
            if (same) {
                c.matching++;
            } else {
                c.differences.add(line);
                String kind = (entry.isWrong() ? entry.defect() : "correct " + entry.message().replaceAll("\\D", ""))
                        + ": " + intended + " -> " + actual.outcome()
                        + (actual.level() == null ? "" : " L" + actual.level())
                        + (actual.codes().isEmpty() ? "" : " " + actual.codes());
                c.summary.merge(kind, 1, Integer::sum);
            }
            if (Integer.valueOf(1).equals(entry.level())) {
                if (!actual.outcome().equals(entry.outcome()) || !Integer.valueOf(1).equals(actual.level())) {
                    c.level1Failures.add(line);
                }
            } else if (entry.isWrong()) {
                Set<String> existing = new TreeSet<>();
                entry.rules().stream().filter(EXISTING_RULES::containsKey).forEach(r -> existing.add(
                        EXISTING_RULES.get(r)));
                if (!existing.isEmpty() && (!actual.outcome().equals(entry.outcome())
                        || !java.util.Objects.equals(actual.level(), entry.level())
                        || !actual.codes().containsAll(existing))) {
                    c.existingRuleFailures.add(line);
                }
            } else if (actual.rules().stream().anyMatch(EXISTING_RULES::containsKey)) {
                c.falseAlarms.add(line);
            }
        }
        return c;
    }
}
