package nl.berichtenbatch.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RetourCodeTests {

    /** The WJ001 list as the reference data holds it; not part of this project, so tests using it may skip. */
    private static final Path WJ001_CSV =
            Path.of("..", "shared", "reference", "codelists", "ijw", "WJ001_retourcode.csv");

    @Test
    void knowsFiftyNineUniqueFourCharacterCodes() {
        // given
        List<String> codes = Arrays.stream(RetourCode.values()).map(RetourCode::code).toList();
        // when / then
        assertThat(codes).hasSize(59).doesNotHaveDuplicates().allSatisfy(code -> assertThat(code).hasSize(4));
        assertThat(codes).contains("0001", "0200", "0233", "0611", "8001", "8017", "8021", "8187", "8214", "8848",
                "9019", "9056", "9069", "9355", "S300", "S329");
    }

    @Test
    void namesEveryConstantAfterItsCode() {
        for (RetourCode code : RetourCode.values()) {
            String expected = Character.isDigit(code.code().charAt(0)) ? "C" + code.code() : code.code();
            assertThat(code.name()).isEqualTo(expected);
        }
    }

    @Test
    void hasAMeaningForEveryCodeAndWellFormedRules() {
        for (RetourCode code : RetourCode.values()) {
            assertThat(code.meaning()).as(code.code()).isNotBlank();
            if (code.rule() != null) {
                assertThat(code.rule()).as(code.code()).matches("TR[0-9]{3}");
            }
        }
        assertThat(Arrays.stream(RetourCode.values()).filter(c -> c.rule() == null).map(RetourCode::code))
                .containsExactlyInAnyOrder("0001", "0200", "0233", "8001");
    }

    @Test
    void namesTheRuleThatProducesACode() {
        assertThat(RetourCode.C9019.rule()).isEqualTo("TR019");
        assertThat(RetourCode.C9069.rule()).isEqualTo("TR382");
        assertThat(RetourCode.C9355.rule()).isEqualTo("TR355");
        assertThat(RetourCode.C0611.rule()).isEqualTo("TR418");
        assertThat(RetourCode.S300.rule()).isEqualTo("TR378");
    }

    @Test
    void looksUpByCode() {
        assertThat(RetourCode.of("9019")).contains(RetourCode.C9019);
        assertThat(RetourCode.of("S329")).contains(RetourCode.S329);
        assertThat(RetourCode.of("9999")).isEmpty();
        assertThat(RetourCode.of("C9019")).isEmpty();
        assertThat(RetourCode.of("")).isEmpty();
        assertThat(RetourCode.of(null)).isEmpty();
    }

    @Test
    void hasExactlyTheCodesOfTheOfficialList() throws IOException {
        // given
        Map<String, String> official = officialCodesAndRules();
        // when
        Set<String> ours = Arrays.stream(RetourCode.values()).map(RetourCode::code).collect(Collectors.toSet());
        // then
        assertThat(ours).containsExactlyInAnyOrderElementsOf(official.keySet());
    }

    @Test
    void namesTheSameRulesAsTheOfficialListExceptTheDocumentedDefaults() throws IOException {
        // given
        Map<String, String> official = officialCodesAndRules();
        Map<String, RetourCode> ours =
                Arrays.stream(RetourCode.values()).collect(Collectors.toMap(RetourCode::code, Function.identity()));
        // when / then: 9069 (WJ001 says TR069, which does not exist) and 9355 (no WJ001 row) are validation.md defaults
        official.forEach((code, rule) -> {
            String expected = switch (code) {
                case "9069" -> "TR382";
                case "9355" -> "TR355";
                default -> rule.isEmpty() ? null : rule;
            };
            assertThat(ours.get(code).rule()).as(code).isEqualTo(expected);
        });
    }

    /** Code → tr_rule column of the official CSV; skips the test when the reference data is not there. */
    private static Map<String, String> officialCodesAndRules() throws IOException {
        if (!Files.isRegularFile(WJ001_CSV)) {
            String reason = WJ001_CSV.toAbsolutePath().normalize() + " not found; the official WJ001 list is needed";
            System.out.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        Map<String, String> codes = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(WJ001_CSV, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split(",", -1);
            String code = columns[0].trim();
            // tr_rule is the first column after the description, which may itself be quoted and contain commas
            String afterDescription = line.substring(code.length() + 1);
            String rest = afterDescription.startsWith("\"")
                    ? afterDescription.substring(afterDescription.indexOf('"', 1) + 2)
                    : afterDescription.substring(afterDescription.indexOf(',') + 1);
            String rule = rest.substring(0, Math.max(0, rest.indexOf(','))).trim();
            assertThat(codes.put(code, rule)).as("duplicate code %s in %s", code, WJ001_CSV).isNull();
        }
        return codes;
    }
}
