package nl.berichtenbatch.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.config.ConfigurationException;
import nl.berichtenbatch.config.ValidationProperties;
import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.Standard;
import nl.berichtenbatch.validation.rules.RuleTestSupport;

/**
 * The native verdict combined with the official XSLT's, with the XSLT 2.0 stand-in of the test resources, which
 * rejects a start (its StatusAanlevering) and accepts an allocation.
 */
class OfficialLevel2Tests {

    private final OfficialLevel2 ijw = OfficialLevel2.of(OfficialXsltTests.XSLT_2_RESOURCE, null,
            (standard, problem) -> new IllegalStateException(problem));
    private static final Finding NATIVE_LEVEL_2 = Finding.error("CD005", "0001", "/Bericht/Client/Bsn", "native");

    @Test
    void rejectsAtLevel2WhenOnlyTheOfficialXsltRejectsAndSaysTheyDisagree() throws IOException {
        // given a start that the native rules reject at level 3 only
        Assessment level3 = new Assessment(3, List.of(Finding.error("TR019", "9019", "/Bericht/Client", "no allocation")),
                List.of("0200"), Map.of("/Bericht/Client/StartProducten/StartProduct[1]", codes("9019")));
        // when
        Assessment combined = ijw.combine(start(), level3);
        // then level 2 decides: 0001, no class codes, and what level 3 found is not part of the answer
        assertThat(combined.level()).isEqualTo(2);
        assertThat(combined.headerCodes()).containsExactly("0001");
        assertThat(combined.classCodes()).isEmpty();
        assertThat(combined.findings()).extracting(Finding::rule).containsExactly("CS058", "BB020");
        assertThat(combined.findings().get(1).isError()).isFalse();
        assertThat(combined.findings().get(1).text())
                .isEqualTo("The native level-2 rules accept this message and the official XSLT 9.8.7 rejects it.");
    }

    @Test
    void rejectsAtLevel2WhenOnlyTheNativeRulesRejectAndSaysTheyDisagree() throws IOException {
        // given an allocation the official XSLT accepts and the native rules reject
        Assessment level2 = new Assessment(2, List.of(NATIVE_LEVEL_2), List.of("0001"), Map.of());
        // when
        Assessment combined = ijw.combine(allocation(), level2);
        // then
        assertThat(combined.level()).isEqualTo(2);
        assertThat(combined.headerCodes()).containsExactly("0001");
        assertThat(combined.findings()).extracting(Finding::rule).containsExactly("CD005", "BB020");
        assertThat(combined.findings().get(1).text()).contains("native level-2 rules reject")
                .contains("official XSLT 9.8.7 accepts");
    }

    @Test
    void addsNothingWhenBothAgree() throws IOException {
        // given
        Assessment accepted = new Assessment(null, List.of(), List.of(), Map.of());
        Assessment level2 = new Assessment(2, List.of(NATIVE_LEVEL_2), List.of("0001"), Map.of());
        // when
        Assessment bothAccept = ijw.combine(allocation(), accepted);
        Assessment bothReject = ijw.combine(start(), level2);
        // then
        assertThat(bothAccept).isEqualTo(accepted);
        assertThat(bothReject.findings()).extracting(Finding::rule).containsExactly("CD005", "CS058");
    }

    @Test
    void leavesAStandardWithoutStylesheetToTheNativeRules() throws IOException {
        // given an iWmo start and a stylesheet for iJw only
        MessageRead iwmo = RuleTestSupport.read(Files.readString(Path.of("sample-messages/iwmo/valid/03-wmo305-start.xml")));
        Assessment accepted = new Assessment(null, List.of(), List.of(), Map.of());
        // when / then
        assertThat(ijw.combine(iwmo, accepted)).isSameAs(accepted);
        ijw.combine(allocation(), accepted);  // the stand-in's version shows only in its Rapport
        assertThat(ijw.xsltVersie(Standard.IJW, "1.0.0")).isEqualTo("9.8.7");
        assertThat(ijw.xsltVersie(Standard.IWMO, "1.0.0")).isEqualTo("1.0.0");
    }

    @Test
    void aConfiguredStylesheetThatCannotBeUsedIsAConfigurationErrorNamingItsKey() {
        // given
        ValidationProperties validation = new ValidationProperties(null, new ValidationProperties.OfficialXslt(null,
                Path.of("src/test/resources/official-xslt/does-not-compile.xsl")));
        // when / then
        assertThatThrownBy(() -> OfficialLevel2.configured(validation)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("berichtenbatch.validation.official-xslt.iwmo: The official XSLT ")
                .hasMessageContaining("cannot be compiled");
    }

    private static SortedSet<String> codes(String... codes) {
        return new TreeSet<>(List.of(codes));
    }

    private static MessageRead start() throws IOException {
        return RuleTestSupport.read(Files.readString(Path.of("sample-messages/ijw/valid/03-jw305-start.xml")));
    }

    private static MessageRead allocation() throws IOException {
        return RuleTestSupport.read(Files.readString(Path.of("sample-messages/ijw/valid/01-jw301-toewijzing.xml")));
    }
}
