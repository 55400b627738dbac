package nl.berichtenbatch.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.validation.RetourCode;
import nl.berichtenbatch.validation.Rule;

/** Keeps the catalogue honest (style.md): every rule listed, sorted, with metadata, a known code and a test. */
class RuleCatalogueTests {

    private static final Path MAIN = Path.of("src/main/java/nl/berichtenbatch/validation/rules");
    private static final Path TEST = Path.of("src/test/java/nl/berichtenbatch/validation/rules");

    @Test
    void listsEveryRuleClassOnce() throws IOException {
        // given every class in the rules packages that implements Rule (or PrestatieRule)
        List<String> ruleClasses;
        try (Stream<Path> files = Files.walk(MAIN)) {
            ruleClasses = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("implements Rule") || read(f).contains("implements PrestatieRule"))
                    .map(f -> f.getFileName().toString().replace(".java", "")).sorted().toList();
        }
        // when
        List<String> listed = RuleCatalogue.all().stream().map(r -> r.getClass().getSimpleName()).sorted().toList();
        // then
        assertThat(listed).isEqualTo(ruleClasses);
    }

    @Test
    void isSortedAndEveryRuleHasMetadataAndAKnownCode() {
        List<Rule> rules = RuleCatalogue.all();
        assertThat(rules).extracting(r -> r.spec().id()).isSorted();
        for (Rule rule : rules) {
            assertThat(rule.spec().summary()).as(rule.getClass().getSimpleName()).isNotBlank();
            assertThat(rule.spec().messages()).as(rule.getClass().getSimpleName()).isNotEmpty();
            assertThat(rule.spec().level()).isBetween(2, 4);
            if (!rule.spec().retourcode().isEmpty()) {
                assertThat(RetourCode.of(rule.spec().retourcode())).as(rule.spec().id()).isPresent();
            }
        }
    }

    @Test
    void everyRuleHasATestClass() throws IOException {
        for (Rule rule : RuleCatalogue.all()) {
            String name = rule.getClass().getSimpleName() + "Tests.java";
            try (Stream<Path> files = Files.walk(TEST)) {
                assertThat(files.anyMatch(f -> f.getFileName().toString().equals(name)))
                        .as("a test class " + name).isTrue();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
