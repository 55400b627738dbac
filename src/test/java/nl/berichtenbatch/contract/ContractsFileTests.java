package nl.berichtenbatch.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.codelist.CodeLists;
import nl.berichtenbatch.config.BerichtenbatchProperties;
import nl.berichtenbatch.config.ConfigurationException;
import nl.berichtenbatch.config.Role;

class ContractsFileTests {

    private static final String HEADER =
            "gemeente,aanbieder,productcategorie,productcode,variant,eenheid,tarief,ingangsdatum,einddatum";
    private static final String VALID = "0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01,";

    @TempDir
    Path dir;

    private final ContractsFile contractsFile = new ContractsFile(CodeLists.bundled().productCodes());

    private ContractsFile.Result read(String... lines) {
        return contractsFile.check(dir.resolve("contracts.csv"), "contracts.csv", String.join("\n", lines) + "\n");
    }

    /** The errors of a file with the header and one row (line 2). */
    private List<String> errorsOf(String row) {
        return read(HEADER, row).errors();
    }

    @Test
    void readsTheRowOfTheDesign() {
        // given
        ContractsFile.Result result = read(HEADER, VALID);
        // then
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(new Contract("0363", "12345678", "45", "45A01",
                Variant.INSPANNINGSGERICHT, "04", 6250L, LocalDate.of(2026, 1, 1), null, 2));
    }

    @Test
    void toleratesBomCrlfBlankLinesCommentsSpacesQuotesAndAnyColumnOrder() {
        // given
        String text = "\uFEFF# contracts 2026\r\n\r\n"
                + "einddatum, ingangsdatum ,tarief,eenheid,variant,productcode,productcategorie,aanbieder,gemeente\r\n"
                + " 2026-12-31 , 2026-01-01 , 6250 , 04 , Inspanningsgericht , \"45A01\" , 45 , 12345678 , 0363 \r\n"
                + "   \r\n"
                + ",2026-01-01,,83,outputgericht,,46,12345678,0363\r\n";
        // when
        ContractsFile.Result result = contractsFile.check(dir.resolve("c.csv"), "c.csv", text);
        // then
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(Contract::line).containsExactly(4, 6);
        assertThat(result.rows().get(0).einddatum()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(result.rows().get(1).productCode()).isNull();
        assertThat(result.rows().get(1).tarief()).isNull();
    }

    @Test
    void reportsAnEmptyFileAndEveryHeaderMistakeInOneLine() {
        assertThat(read("", "# nothing").errors()).singleElement().asString()
                .startsWith("contracts.csv: is empty; it needs the header line gemeente,aanbieder,");
        assertThat(read("gemeente,aanbieder,productcategorie,productcode,variant,eenheid,tarief,ingangsdatum,eind",
                VALID).errors()).containsExactly("contracts.csv:1: the header must name the columns " + HEADER
                        + ": missing column einddatum; unknown column 'eind'");
        assertThat(read(HEADER + ",gemeente", VALID).errors()).singleElement().asString()
                .endsWith(": column gemeente named twice");
        assertThat(read(VALID).errors()).singleElement().asString().startsWith("contracts.csv:1: the header");
    }

    @Test
    void reportsTheWrongNumberOfFields() {
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01"))
                .containsExactly("contracts.csv:2: has 8 fields, the header 9");
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,62,50,2026-01-01,"))
                .containsExactly("contracts.csv:2: has 10 fields, the header 9");
    }

    @Test
    void reportsCodesOfTheWrongShape() {
        assertThat(errorsOf("363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01,"))
                .containsExactly("contracts.csv:2: gemeente '363' is not a gemeentecode (4 digits)");
        assertThat(errorsOf("0363,1234567X,45,45A01,inspanningsgericht,04,6250,2026-01-01,"))
                .containsExactly("contracts.csv:2: aanbieder '1234567X' is not an AGB code (8 digits)");
        assertThat(errorsOf("0363,12345678,4,,inspanningsgericht,04,6250,2026-01-01,"))
                .containsExactly("contracts.csv:2: productcategorie '4' is not 2 digits");
        assertThat(errorsOf("0363,12345678,45,45A1,inspanningsgericht,04,6250,2026-01-01,"))
                .containsExactly("contracts.csv:2: productcode '45A1' is not 5 characters (or empty for the whole "
                        + "category)");
    }

    @Test
    void reportsAProductCodeOutsideItsCategory() {
        // by its first two characters
        assertThat(errorsOf("0363,12345678,41,45A01,inspanningsgericht,04,6250,2026-01-01,"))
                .containsExactly("contracts.csv:2: productcode 45A01 does not belong to productcategorie 41 (it "
                        + "starts with 45)");
        // by the product code list, where it knows the category completely
        assertThat(errorsOf("0363,12345678,11,11X77,outputgericht,82,15000,2026-01-01,"))
                .containsExactly("contracts.csv:2: productcode 11X77 is not in productcategorie 11 of the iWmo "
                        + "product code list");
    }

    @Test
    void acceptsCodesTheListKnowsAndCodesOfCategoriesItCannotJudge() {
        assertThat(errorsOf("0363,12345678,11,11X00,outputgericht,82,15000,2026-01-01,")).isEmpty();
        assertThat(errorsOf("0363,12345678,45,45Z99,inspanningsgericht,04,6250,2026-01-01,")).isEmpty();
    }

    @Test
    void reportsAnUnknownVariantOrUnit() {
        assertThat(errorsOf("0363,12345678,45,45A01,inspanning,04,6250,2026-01-01,"))
                .containsExactly("contracts.csv:2: variant 'inspanning' is not inspanningsgericht, outputgericht or "
                        + "taakgericht");
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,05,6250,2026-01-01,"))
                .containsExactly("contracts.csv:2: eenheid '05' is not a WJ756 code (01, 04, 14, 16, 82, 83, 84)");
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,4,6250,2026-01-01,")).singleElement()
                .asString().contains("eenheid '4' is not a WJ756 code");
    }

    @Test
    void reportsAUnitThatDoesNotFitTheVariant() {
        assertThat(errorsOf("0363,12345678,45,45A01,outputgericht,04,6250,2026-01-01,"))
                .containsExactly("contracts.csv:2: eenheid 04 (uur) is an effort unit, not one for outputgericht "
                        + "(82, 83)");
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,82,6250,2026-01-01,"))
                .containsExactly("contracts.csv:2: eenheid 82 (stuks (output)) is an output unit, not one for "
                        + "inspanningsgericht (01, 04, 14, 16, 84)");
    }

    @Test
    void acceptsEveryUnitOfItsVariant() {
        for (String unit : List.of("01", "04", "14", "16", "84")) {
            assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht," + unit + ",100,2026-01-01,"))
                    .as(unit).isEmpty();
        }
        assertThat(errorsOf("0363,12345678,45,45A01,outputgericht,82,100,2026-01-01,")).isEmpty();
        assertThat(errorsOf("0363,12345678,45,45A01,outputgericht,83,,2026-01-01,")).isEmpty();
        assertThat(errorsOf("0363,12345678,45,45A01,taakgericht,83,2500000,2026-01-01,")).isEmpty();
    }

    @Test
    void reportsAMissingOrMalformedTarief() {
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,,2026-01-01,"))
                .containsExactly("contracts.csv:2: tarief is required for eenheid 04 (uur), in eurocent per unit");
        assertThat(errorsOf("0363,12345678,45,45A01,outputgericht,82,,2026-01-01,")).singleElement().asString()
                .contains("tarief is required for eenheid 82 (stuks (output))");
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,62.50,2026-01-01,"))
                .containsExactly("contracts.csv:2: tarief '62.50' is not a whole number of eurocent (0 or more)");
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,-1,2026-01-01,")).singleElement()
                .asString().contains("tarief '-1' is not a whole number");
    }

    @Test
    void tariefIsOptionalForEurosAndTaakgerichtAndMayBeZero() {
        assertThat(errorsOf("0363,12345678,45,45A01,outputgericht,83,,2026-01-01,")).isEmpty();
        assertThat(errorsOf("0363,12345678,45,,taakgericht,04,,2026-01-01,")).isEmpty();
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,0,2026-01-01,")).isEmpty();
    }

    @Test
    void reportsDatesThatAreMissingMalformedOrReversed() {
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,6250,,"))
                .containsExactly("contracts.csv:2: ingangsdatum is required");
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,6250,01-01-2026,"))
                .containsExactly("contracts.csv:2: ingangsdatum '01-01-2026' is not a date (yyyy-mm-dd)");
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01,2026-02-30"))
                .containsExactly("contracts.csv:2: einddatum '2026-02-30' is not a date (yyyy-mm-dd)");
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01,2025-12-31"))
                .containsExactly("contracts.csv:2: einddatum 2025-12-31 is before ingangsdatum 2026-01-01");
    }

    @Test
    void aOneDayPeriodIsRight() {
        assertThat(errorsOf("0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01,2026-01-01")).isEmpty();
    }

    @Test
    void reportsEveryProblemOfARowInItsOneLine() {
        assertThat(errorsOf("363,12345678,45,45A01,outputgericht,04,,2026-01-01,"))
                .containsExactly("contracts.csv:2: gemeente '363' is not a gemeentecode (4 digits); eenheid 04 (uur) "
                        + "is an effort unit, not one for outputgericht (82, 83); tarief is required for eenheid 04 "
                        + "(uur), in eurocent per unit");
    }

    @Test
    void reportsEveryBadRowWithItsLineNumberAndKeepsNoRows() {
        // given
        ContractsFile.Result result = read(HEADER, VALID, "", "0363,12345678,45,45A02,inspanningsgericht,04,x,"
                + "2026-01-01,", "# a comment", "0363,12345678,45,45A03,inspanningsgericht,04,100,2026-01-01,",
                "0363,12345678,45,45A04,onbekend,04,100,2026-01-01,");
        // then
        assertThat(result.valid()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).hasSize(2);
        assertThat(result.errors().get(0)).startsWith("contracts.csv:4: tarief 'x'");
        assertThat(result.errors().get(1)).startsWith("contracts.csv:7: variant 'onbekend'");
    }

    @Test
    void reportsOverlappingPeriodsOfOneProductNamingBothLines() {
        // given
        ContractsFile.Result result = read(HEADER,
                "0363,12345678,45,45A01,inspanningsgericht,04,6250,2025-01-01,2025-12-31",
                "0363,12345678,45,45A01,inspanningsgericht,04,6500,2025-12-31,");
        // then
        assertThat(result.errors()).containsExactly("contracts.csv:3: period 2025-12-31…(open) overlaps line 2 for "
                + "the same gemeente 0363, aanbieder 12345678 and product 45/45A01");
    }

    @Test
    void reportsAnOpenEndedRowOverlappingALaterOne() {
        assertThat(read(HEADER, "0363,12345678,45,,inspanningsgericht,04,6250,2025-01-01,",
                "0363,12345678,45,,inspanningsgericht,04,6500,2030-01-01,2030-12-31").errors())
                .containsExactly("contracts.csv:3: period 2030-01-01…2030-12-31 overlaps line 2 for the same gemeente "
                        + "0363, aanbieder 12345678 and product 45 (whole category)");
        // a later row listed first still overlaps
        assertThat(read(HEADER, "0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01,",
                "0363,12345678,45,45A01,inspanningsgericht,04,6000,2025-01-01,2026-06-30",
                "0363,12345678,45,45A01,inspanningsgericht,04,6000,2024-01-01,").errors())
                .containsExactly("contracts.csv:3: period 2025-01-01…2026-06-30 overlaps line 2 for the same gemeente "
                        + "0363, aanbieder 12345678 and product 45/45A01",
                        "contracts.csv:4: period 2024-01-01…(open) overlaps lines 2, 3 for the same gemeente 0363, "
                                + "aanbieder 12345678 and product 45/45A01");
    }

    @Test
    void aRowWrongInAnotherColumnStillTakesPartInTheOverlapCheck() {
        assertThat(read(HEADER, "0363,12345678,45,45A01,outputgericht,04,6250,2026-01-01,",
                "0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-01-01,",
                "0363,12345678,45,45A01,inspanningsgericht,4,6250,2026-02-01,").errors())
                .containsExactly("contracts.csv:2: eenheid 04 (uur) is an effort unit, not one for outputgericht "
                        + "(82, 83)",
                        "contracts.csv:3: period 2026-01-01…(open) overlaps line 2 for the same gemeente 0363, "
                                + "aanbieder 12345678 and product 45/45A01",
                        "contracts.csv:4: eenheid '4' is not a WJ756 code (01, 04, 14, 16, 82, 83, 84); period "
                                + "2026-02-01…(open) overlaps lines 2, 3 for the same gemeente 0363, aanbieder "
                                + "12345678 and product 45/45A01");
    }

    @Test
    void adjacentPeriodsAndOtherProductsOrPairsDoNotOverlap() {
        assertThat(read(HEADER,
                "0363,12345678,45,45A01,inspanningsgericht,04,6250,2025-01-01,2025-12-31",
                "0363,12345678,45,45A01,inspanningsgericht,04,6500,2026-01-01,",
                // the whole category is a product of its own
                "0363,12345678,45,,inspanningsgericht,04,6000,2025-01-01,",
                "0363,12345678,45,45A02,inspanningsgericht,04,6000,2025-01-01,",
                "0599,12345678,45,45A01,inspanningsgericht,04,6000,2025-01-01,",
                "0363,87654321,45,45A01,inspanningsgericht,04,6000,2025-01-01,").errors()).isEmpty();
    }

    @Test
    void loadFailsWithEveryBadRowInTheMessage() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("contracts.csv"), HEADER + "\n" + VALID + "\n"
                + "0363,12345678,45,45A01,inspanningsgericht,04,6250,2026-06-01,\n"
                + "0363,1234,45,45A02,inspanningsgericht,04,6250,2026-06-01,\n");
        // then
        assertThatThrownBy(() -> contractsFile.load(file)).isInstanceOf(ConfigurationException.class)
                .hasMessage("contracts file " + file + " has 2 errors; nothing is processed until it is right:\n"
                        + "  contracts.csv:3: period 2026-06-01…(open) overlaps line 2 for the same gemeente 0363, "
                        + "aanbieder 12345678 and product 45/45A01\n"
                        + "  contracts.csv:4: aanbieder '1234' is not an AGB code (8 digits)");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        // given
        Path file = Files.write(dir.resolve("contracts.csv"), (HEADER + "\n0363,12345678,45,45A01,inspanningsgericht,"
                + "04,6250,2026-01-01,\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        // then
        assertThat(contractsFile.read(file).errors()).containsExactly("contracts.csv: is not UTF-8 text");
    }

    @Test
    void theConfiguredFileMustExistAndTheDefaultIsOptional() throws IOException {
        // given
        Path data = Files.createDirectories(dir.resolve("data"));
        var none = new BerichtenbatchProperties(Role.GEMEENTE, List.of("0363"), data, null);
        var missing = new BerichtenbatchProperties(Role.GEMEENTE, List.of("0363"), data, dir.resolve("elsewhere.csv"));
        var codes = CodeLists.bundled().productCodes();
        // then
        assertThat(ContractsFile.configured(none, codes)).isSameAs(Contracts.NONE);
        assertThatThrownBy(() -> ContractsFile.configured(missing, codes)).isInstanceOf(ConfigurationException.class)
                .hasMessage("berichtenbatch.contracts: " + dir.resolve("elsewhere.csv") + " not found");
        // when
        Files.writeString(data.resolve("contracts.csv"), HEADER + "\n" + VALID + "\n");
        Files.writeString(dir.resolve("elsewhere.csv"), HEADER + "\n");
        // then
        assertThat(ContractsFile.configured(none, codes).configured()).isTrue();
        assertThat(((ContractTable) ContractsFile.configured(none, codes)).rows()).hasSize(1);
        assertThat(((ContractTable) ContractsFile.configured(missing, codes)).rows()).isEmpty();
    }
}
