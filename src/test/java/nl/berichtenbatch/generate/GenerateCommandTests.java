package nl.berichtenbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.cli.Cli;

/** {@code berichtenbatch generate} on the command line: options, help, exit codes, output. */
class GenerateCommandTests {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesAWorkspaceAndSaysHowToRunIt() throws IOException {
        // when
        Path out = dir.resolve("set");
        Run run = run("generate", "--count", "60", "--out", out.toString(), "--seed", "5", "--role", "aanbieder",
                "--standard", "iwmo", "--errors", "10", "--error-mix", "1,1,1", "--date", "2026-11-23");
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("generated 60 files", "for aanbieder", "wrong on purpose",
                "run it:     berichtenbatch --config " + out.resolve("application.yml") + " process", "WMO");
        assertThat(run.out()).doesNotContain("JW3");
        assertThat(Files.readString(out.resolve("application.yml"))).contains("role: aanbieder",
                "--count 60 --seed 5 --role aanbieder --standard iwmo --errors 10 --error-mix 1,1,1 --date 2026-11-23");
        assertThat(Manifest.read(out.resolve("manifest.csv"))).hasSize(60);
    }

    @Test
    void helpShowsTheOptionsAnExampleAndTheExitCodes() {
        Run run = run("generate", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--count=N", "--out=DIR", "--seed=S", "--role=ROLE", "--standard=STD",
                "--errors=PERCENT", "--error-mix=L1,L2,L3", "--date=DATE", "Examples:",
                "berichtenbatch generate --count 1000 --out /tmp/set", "Exit codes:", "2   usage error");
    }

    @Test
    void aUsageMistakeIsOneLineAndExitCode2() throws IOException {
        assertThat(run("generate", "--out", dir.toString()).exitCode()).isEqualTo(2);
        Run tooMany = run("generate", "--count", "10", "--out", dir.resolve("a").toString(), "--errors", "150");
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains("percentage"));
        Run badRole = run("generate", "--count", "10", "--out", dir.resolve("b").toString(), "--role", "zorgkantoor");
        assertThat(badRole.exitCode()).isEqualTo(2);
        Files.writeString(dir.resolve("c.txt"), "not empty");
        Run notEmpty = run("generate", "--count", "10", "--out", dir.toString());
        assertThat(notEmpty.exitCode()).isEqualTo(2);
        assertThat(notEmpty.err()).contains("is not empty").doesNotContain("Exception");
        Run badMix = run("generate", "--count", "10", "--out", dir.resolve("d").toString(), "--error-mix", "x");
        assertThat(badMix.exitCode()).isEqualTo(2);
    }
}
