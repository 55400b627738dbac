package nl.berichtenbatch.validation.rules.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.state.History;
import nl.berichtenbatch.state.Scope;
import nl.berichtenbatch.validation.Finding;
import nl.berichtenbatch.validation.Rule;
import nl.berichtenbatch.validation.RuleContext;
import nl.berichtenbatch.validation.rules.RuleCatalogue;

/**
 * The team's sample messages against the in-message rules: every valid sample (iJw and iWmo) passes them all, and a
 * wrong sample meant for level 2 fails exactly the rules its README row names ({@code level 2, CS003: ...}).
 */
class InMessageRulesSampleTests {

    private static final Path SAMPLES = Path.of("sample-messages");
    private static final Pattern LEVEL_2 = Pattern.compile("level 2, ([A-Z]{2}\\d{3}(?:/[A-Z]{2}\\d{3})*)");
    private static final MessageReader READER = new MessageReader(SchemaCatalog.bundled(), 26_214_400);
    private static final List<Rule> LEVEL_2_RULES = RuleCatalogue.all().stream()
            .filter(rule -> rule.spec().level() == 2).toList();

    static Stream<Path> validSamples() throws IOException {
        return samples("valid");
    }

    static Stream<Path> wrongSamplesPassingLevel1() throws IOException {
        return samples("wrong").filter(sample -> !readmeRow(sample).contains("level 1"));
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void validSamplePassesEveryLevel2Rule(Path sample) throws IOException {
        // when
        List<Finding> findings = check(sample);
        // then
        assertThat(findings).as(sample.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("wrongSamplesPassingLevel1")
    void wrongSampleFailsExactlyTheLevel2RulesItsReadmeNames(Path sample) throws IOException {
        // given
        Matcher named = LEVEL_2.matcher(readmeRow(sample));
        Set<String> expected = named.find() ? new TreeSet<>(List.of(named.group(1).split("/"))) : Set.of();
        // when
        List<Finding> findings = check(sample);
        // then
        Set<String> rules = findings.stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
        assertThat(rules).as(sample.toString()).isEqualTo(expected);
    }

    private static List<Finding> check(Path sample) throws IOException {
        MessageRead read = READER.read(sample);
        assertThat(read.isValid()).as(sample + " passes level 1").isTrue();
        RuleContext context = new RuleContext(read, Scope.of(read.kind(), read.header()), History.EMPTY, bsn -> bsn,
                LocalDate.of(2026, 11, 23));
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : LEVEL_2_RULES) {
            if (Set.of(rule.spec().messages()).contains(read.kind().type())) {
                findings.addAll(rule.check(context));
            }
        }
        return findings;
    }

    private static Stream<Path> samples(String folder) throws IOException {
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            return walk.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals(folder))
                    .filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    private static String readmeRow(Path sample) {
        try {
            return Files.readString(SAMPLES.resolve("README.md")).lines()
                    .filter(line -> line.startsWith("| `" + sample.getFileName() + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError(sample + " is not described in sample-messages/README.md"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
