package nl.berichtenbatch.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.berichtenbatch.config.CodeListProperties;
import nl.berichtenbatch.config.ConfigurationException;
import nl.berichtenbatch.message.Standard;

class CodeListsTests {

    @TempDir
    Path dir;

    @Test
    void bundlesTheGemeentenOf2026AndTheMergedOnes() {
        CbsGemeenten gemeenten = CodeLists.bundled().gemeenten();
        assertThat(gemeenten.isValid("0384", LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(gemeenten.name("0820")).contains("Nuenen, Gerwen en Nederwetten");
        assertThat(gemeenten.isValid("1992", LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(gemeenten.isValid("1992", LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(gemeenten.isValid("0501", LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(gemeenten.isValid("0501", LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(gemeenten.isValid("9999", LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(gemeenten.size()).isEqualTo(342 + 18);
    }

    @Test
    void bundlesTheHulpmiddelenCodesOfIwmo() {
        ProductCodes codes = CodeLists.bundled().productCodes();
        assertThat(codes.closedCategories(Standard.IWMO)).containsExactlyInAnyOrder("11", "12", "13");
        assertThat(codes.closedCategories(Standard.IJW)).isEmpty();
        assertThat(codes.conflicts(Standard.IWMO, "11", "11X00")).isFalse();
        assertThat(codes.conflicts(Standard.IWMO, "11", "12X00")).isTrue();
        assertThat(codes.conflicts(Standard.IJW, "11", "12X00")).isFalse();
    }

    @Test
    void aConfiguredFolderReplacesTheListsItHolds() throws IOException {
        // given a folder with only a product code list
        Files.writeString(dir.resolve(CodeLists.PRODUCT_FILE), """
                # our own agreements
                standard,categorie,code,description
                ijw,45,45A01,"Ambulant, individueel"
                ijw,45,45A04,Ambulant
                """);
        // when
        CodeLists lists = CodeLists.configured(new CodeListProperties(dir));
        // then
        assertThat(lists.productCodes().conflicts(Standard.IJW, "45", "45A03")).isTrue();
        assertThat(lists.productCodes().conflicts(Standard.IWMO, "11", "12X00")).isFalse();
        assertThat(lists.gemeenten().isValid("0384", LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void aWrongFolderOrFileIsAConfigurationError() throws IOException {
        assertThatThrownBy(() -> CodeLists.configured(new CodeListProperties(dir.resolve("missing"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not a folder");
        Files.writeString(dir.resolve(CodeLists.CBS_FILE), "code,name,valid_from,valid_to\n384,Diemen,,\n");
        assertThatThrownBy(() -> CodeLists.configured(new CodeListProperties(dir)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'384'");
    }
}
