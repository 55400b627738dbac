package nl.berichtenbatch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.config.Role;
import nl.berichtenbatch.contract.ContractsFile;
import nl.berichtenbatch.contract.Variant;
import nl.berichtenbatch.message.Standard;

/** What {@code generate} writes as contracts.csv loads as the product loads it: no bad row, no overlap. */
class GeneratedContractsTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"GEMEENTE, 1", "GEMEENTE, 7", "AANBIEDER, 1", "AANBIEDER, 7", "AANBIEDER, 42"})
    void theContractsOfAWorldLoadWithoutErrors(Role role, long seed) throws IOException {
        // given a world of both standards over three calendar years
        World world = World.create(role, EnumSet.allOf(Standard.class), seed, LocalDate.of(2024, 8, 1),
                LocalDate.of(2026, 11, 22));
        Path file = dir.resolve("contracts.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            world.writeContracts(out);
        }
        // when
        ContractsFile.Result result = new ContractsFile(CodeLists.bundled().productCodes()).read(file);
        // then
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).isNotEmpty();
        assertThat(result.rows()).extracting(c -> c.variant())
                .contains(Variant.INSPANNINGSGERICHT, Variant.OUTPUTGERICHT);
        assertThat(result.rows()).filteredOn(c -> c.einddatum() == null).allSatisfy(c -> assertThat(c.ingangsdatum())
                .isEqualTo(LocalDate.of(2026, 1, 1)));
    }
}
