package nl.berichtenbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.config.ConfigurationException;

class JitChoiceTests {

    @TempDir
    Path dir;

    private Path data;

    private Path config() throws IOException {
        data = dir.resolve("data");
        return Files.writeString(dir.resolve("application.yml"),
                "berichtenbatch:\n  role: gemeente\n  data-dir: \"" + data + "\"\n");
    }

    private void files(Path folder, int count, String suffix) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.createFile(folder.resolve("m" + i + suffix));
        }
    }

    private String choose(long longRun, String... args) {
        return JitChoice.choose(List.of(args), longRun);
    }

    @Test
    void aRunIsLongFromTwentyThousandWaitingFilesOn() throws IOException {
        // given 19,999 files in inbox/ and outgoing/ together
        Path config = config();
        files(data.resolve("inbox"), 15_000, ".xml");
        files(data.resolve("outgoing"), 4_999, ".xml");
        // then C1 alone; one more file and C1 with C2
        assertThat(JitChoice.choose(List.of("--config", config.toString(), "process"))).isEqualTo("quick");
        Files.createFile(data.resolve("outgoing").resolve("one-more.xml"));
        assertThat(JitChoice.choose(List.of("--config", config.toString(), "process"))).isEqualTo("full");
    }

    @Test
    void theWaitingFilesAreTheXmlFilesOfInboxOutgoingAndTheWorkFoldersOfUnfinishedRuns() throws IOException {
        // given 4 .xml files spread over the folders a run takes, and other names that it leaves alone
        Path config = config();
        files(data.resolve("inbox"), 1, ".xml");
        files(data.resolve("inbox"), 3, ".txt");
        files(data.resolve("outgoing"), 1, ".XML");
        files(data.resolve("work").resolve("7").resolve("inbox"), 1, ".xml");
        files(data.resolve("work").resolve("7").resolve("outgoing"), 1, ".xml");
        files(data.resolve("accepted"), 10, ".xml");
        // then 4 is a long run when four files are, 5 is not
        assertThat(choose(4, "--config", config.toString(), "process")).isEqualTo("full");
        assertThat(choose(5, "--config", config.toString(), "process")).isEqualTo("quick");
        assertThat(choose(4, "--config=" + config, "process")).isEqualTo("full");
        assertThat(choose(4, "--config", config.toString(), "jobs", "restart", "7")).isEqualTo("full");
    }

    @Test
    void serveRunsWithC2AndTheShortCommandsWithoutIt() throws IOException {
        // given many waiting files
        Path config = config();
        files(data.resolve("inbox"), 10, ".xml");
        // then only the commands that take them, and serve, use C2
        assertThat(choose(10, "serve")).isEqualTo("full");
        assertThat(choose(10, "--config", config.toString(), "serve")).isEqualTo("full");
        assertThat(choose(10, "--config", config.toString(), "jobs", "list")).isEqualTo("quick");
        assertThat(choose(10, "--config", config.toString(), "report", "3")).isEqualTo("quick");
        assertThat(choose(10, "--config", config.toString(), "demo")).isEqualTo("quick");
        assertThat(choose(10, "--version")).isEqualTo("quick");
        assertThat(choose(10)).isEqualTo("quick");
    }

    @Test
    void validateCountsTheNamedFilesAndTheXmlFilesInAndBelowNamedFolders() throws IOException {
        // given 2 named files and a folder with 3 .xml files, one of them in a subfolder
        Path one = Files.createFile(dir.resolve("one.xml"));
        Path two = Files.createFile(dir.resolve("two.xml"));
        Path folder = dir.resolve("set");
        files(folder, 2, ".xml");
        files(folder.resolve("sub"), 1, ".xml");
        files(folder, 4, ".csv");
        // then 5 files, options and names that are not there count for nothing
        assertThat(choose(5, "validate", "--json", one.toString(), two.toString(), folder.toString(),
                dir.resolve("missing.xml").toString())).isEqualTo("full");
        assertThat(choose(6, "validate", "--json", one.toString(), two.toString(), folder.toString())).isEqualTo("quick");
    }

    @Test
    void aConfigurationThatCannotBeReadIsLeftToTheCommandToReport() throws IOException {
        // given a configuration file that does not exist
        String missing = dir.resolve("missing.yml").toString();
        assertThatThrownBy(() -> choose(1, "--config", missing, "process"))
                .isInstanceOf(ConfigurationException.class);
        // then main answers C1 alone, and prints nothing else
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            JitChoice.main(new String[] {"--config", missing, "process"});
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("quick" + System.lineSeparator());
    }
}
