package nl.berichtenbatch.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.berichtenbatch.validation.Finding;

/** The team's sample messages are what their folder and name say: valid ones pass, wrong ones fail as named. */
class SampleMessagesTests {

    private static final Path SAMPLES = Path.of("sample-messages");
    private static final MessageReader reader = new MessageReader(SchemaCatalog.bundled(), 26_214_400);
    private static final JaxbContexts jaxb = new JaxbContexts();

    static Stream<Path> validSamples() throws IOException {
        return samples("valid");
    }

    static Stream<Path> wrongSamples() throws IOException {
        return samples("wrong");
    }

    private static Stream<Path> samples(String folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals(folder))
                    .filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void validSamplePassesLevelOneAndBindsToTheGeneratedClasses(Path sample) throws IOException {
        // when
        MessageRead read = reader.read(sample);
        // then
        assertThat(read.findings()).as(sample.toString()).isEmpty();
        String standard = sample.getName(1).toString();
        assertThat(read.kind().standard().id()).isEqualTo(standard);
        assertThat(sample.getFileName().toString()).contains(read.kind().name().toLowerCase());
        Object message = jaxb.unmarshal(read);
        assertThat(message.getClass().getName()).isEqualTo(JaxbContexts.packageOf(read.kind()) + ".Root");
    }

    @ParameterizedTest
    @MethodSource("wrongSamples")
    void wrongSampleIsRejectedAtLevelOneUnlessItIsMeantForALaterLevel(Path sample) throws IOException {
        // given the README says which wrong samples pass level 1 (they are for the rules of levels 2-4)
        String readme = Files.readString(SAMPLES.resolve("README.md"));
        String row = readme.lines().filter(l -> l.startsWith("| `" + sample.getFileName() + "`")).findFirst()
                .orElseThrow(() -> new AssertionError(sample + " is not described in sample-messages/README.md"));
        // when
        MessageRead read = reader.read(sample);
        // then
        if (row.contains("level 1")) {
            assertThat(read.findings()).as(sample.toString()).isNotEmpty().allMatch(Finding::isError);
            assertThat(read.isValid()).isFalse();
        } else {
            assertThat(read.findings()).as(sample + " is meant for a later level").isEmpty();
        }
    }
}
