package nl.berichtenbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.rules.RuleCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RulesCommandTests {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        int code = Cli.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void showsWhichDataEachLevel4RuleNeeds() {
        // when
        List<String> lines = run("rules").lines().toList();
        // then every level-4 rule is followed by what it needs
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("TR\\d+ +level 4.*")) {
                assertThat(lines.get(i + 1)).as(lines.get(i)).contains("needs: ");
            }
        }
        assertThat(String.join("\n", lines)).contains("needs: CBS gemeentecodes").contains("needs: product codes");
    }

    @Test
    void jsonHasTheDataOfEveryRule() {
        for (String line : run("rules", "--json").lines().toList()) {
            JsonNode rule = JsonMapper.builder().build().readTree(line);
            assertThat(rule.has("data")).isTrue();
            if (rule.get("level").asInt() == 4) {
                assertThat(rule.get("data").isNull()).as(rule.get("id").asString()).isFalse();
            }
        }
    }

    @Test
    void hasEveryCrossMessageAndExternalRuleOfTheStandardWithItsCode() throws IOException {
        // given the rule index of the reference data (id,kind,control_level,retourcode,…)
        Path index = Path.of("..", "shared", "reference", "ijw-3.2", "rules-index.csv");
        Assumptions.assumeTrue(Files.isRegularFile(index), "../shared/reference/ijw-3.2/rules-index.csv not found");
        Map<String, String> expected = new HashMap<>();
        for (String line : Files.readAllLines(index)) {
            String[] fields = line.split(",", 5);
            if (fields.length > 3 && (fields[2].equals("berichtoverstijgend") || fields[2].equals("externe-bron"))) {
                expected.put(fields[0], fields[3]);
            }
        }
        // when
        Map<String, String> catalogue = new HashMap<>();
        RuleCatalogue.all().forEach(r -> catalogue.put(r.spec().id(), r.spec().retourcode()));
        // then (9069 belongs to TR382: validation.md §0.4)
        assertThat(expected).hasSize(58);
        expected.forEach((id, code) -> assertThat(catalogue.get(id)).as(id).isEqualTo(code));
    }
}
