package nl.berichtenbatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractsCommandFunctionalTests {

    private static final String HEADER =
            "gemeente,aanbieder,productcategorie,productcode,variant,eenheid,tarief,ingangsdatum,einddatum\n";

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("contracts.csv"), HEADER + content);
    }

    @Test
    void summarisesAValidFilePerVariantAndPerAanbieder() throws IOException {
        // given
        Path file = write("""
                0363,12345678,45,45A01,inspanningsgericht,04,6250,2025-01-01,2025-12-31
                0363,12345678,45,45A01,inspanningsgericht,04,6450,2026-01-01,
                0599,12345678,45,45A04,inspanningsgericht,04,8900,2026-01-01,2026-12-31
                0363,87654321,48,48A01,outputgericht,82,162500,2026-01-01,2026-12-31
                0363,87654321,48,,outputgericht,83,,2026-01-01,2027-06-30
                """);
        // when
        CliTests.Run run = CliTests.run("contracts", "check", file.toString());
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                file + ": 5 rows, no errors",
                "",
                "variant               rows  products  gemeenten  period",
                "inspanningsgericht       3         2          2  2025-01-01 … open",
                "outputgericht            2         2          1  2026-01-01 … 2027-06-30",
                "taakgericht              0         0          0  -",
                "",
                "aanbieder             rows  products  gemeenten  period",
                "12345678                 3         2          2  2025-01-01 … open",
                "87654321                 2         2          1  2026-01-01 … 2027-06-30");
    }

    @Test
    void printsOneLinePerBadRowAndExitsWithTwo() throws IOException {
        // given
        Path file = write("""
                0363,12345678,45,45A01,inspanningsgericht,04,6250,2025-01-01,
                0363,12345678,45,45A03,outputgericht,04,6250,2026-01-01,

                0363,12345678,45,45A02,inspanningsgericht,04,6250,2026-01-01,2025-01-01
                0363,12345678,45,45A01,inspanningsgericht,04,6450,2026-01-01,
                """);
        // when
        CliTests.Run run = CliTests.run("contracts", "check", file.toString());
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "berichtenbatch: contracts file " + file + " has 3 errors; nothing is processed until it is right:",
                "  contracts.csv:3: eenheid 04 (uur) is an effort unit, not one for outputgericht (82, 83)",
                "  contracts.csv:5: einddatum 2025-01-01 is before ingangsdatum 2026-01-01",
                "  contracts.csv:6: period 2026-01-01…(open) overlaps line 2 for the same gemeente 0363, aanbieder "
                        + "12345678 and product 45/45A01");
    }

    @Test
    void aMissingFileIsAUsageError() {
        // when
        CliTests.Run run = CliTests.run("contracts", "check", dir.resolve("nope.csv").toString());
        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("berichtenbatch: " + dir.resolve("nope.csv") + " not found\n");
    }

    @Test
    void validateWithoutAnInstallationReadsOnlyANamedContractsFile() throws IOException {
        // given a bad contracts file, named by a configuration without role and identities
        Path contracts = write("0363,12345678,45,45A01,outputgericht,04,6250,2026-01-01,\n");
        Path config = Files.writeString(dir.resolve("application.yml"), "berichtenbatch:\n  contracts: " + contracts
                + "\n");
        Path message = Files.writeString(dir.resolve("start.xml"),
                nl.berichtenbatch.message.TestMessages.validStart());
        // when
        CliTests.Run named = CliTests.run("--config", config.toString(), "validate", message.toString());
        CliTests.Run unnamed = CliTests.run("validate", message.toString());
        // then
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(named.err()).contains("contracts.csv:2: eenheid 04 (uur) is an effort unit");
        // against an empty state the start is rejected (exit 1), but it is checked
        assertThat(unnamed.exitCode()).as(unnamed.err()).isNotEqualTo(2);
        assertThat(unnamed.out()).contains("start.xml");
    }

    @Test
    void isListedInHelp() {
        assertThat(CliTests.run("--help").out()).contains("  contracts  'contracts check FILE' checks a contracts file");
        CliTests.Run help = CliTests.run("contracts", "check", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: berichtenbatch contracts check", "FILE", "2   at least one bad row");
        assertThat(CliTests.run("contracts").exitCode()).isEqualTo(2);
    }
}
