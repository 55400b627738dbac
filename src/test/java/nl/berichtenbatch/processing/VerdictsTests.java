package nl.berichtenbatch.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.berichtenbatch.message.MessageRead;
import nl.berichtenbatch.message.MessageReader;
import nl.berichtenbatch.message.SchemaCatalog;
import nl.berichtenbatch.retour.DeclaratieVerdict;
import nl.berichtenbatch.retour.RetourVerdict;
import nl.berichtenbatch.validation.Assessment;
import nl.berichtenbatch.validation.Outcome;

class VerdictsTests {

    private static SortedSet<String> codes(String... codes) {
        return new TreeSet<>(List.of(codes));
    }

    @Test
    void classCodesAloneReturnTheBodyWithThem() {
        Assessment assessment = new Assessment(3, List.of(), List.of(), Map.of("/Bericht/Client", codes("9019")));
        RetourVerdict verdict = Verdicts.retour(assessment);
        assertThat(verdict.headerCodes()).containsExactly("0200");
        assertThat(verdict.classCodes()).containsExactly(Map.entry("/Bericht/Client", List.of("9019")));
    }

    @Test
    void aHeaderCodeBesideClassCodesRejectsTheMessageInItsHeader() {
        // given a class rule that found an error outside every class (a header code) and one in a class
        Assessment assessment = new Assessment(3, List.of(), List.of("9056"), Map.of("/Bericht/Client", codes("9019")));
        // when / then the header code is not lost: outcome C, as for an error of a header rule
        RetourVerdict verdict = Verdicts.retour(assessment);
        assertThat(verdict.headerCodes()).containsExactly("9056");
        assertThat(verdict.classCodes()).isEmpty();
    }

    @Test
    void aHeaderCodeBesideAPrestatieCodeRejectsTheWholeDeclaration() throws IOException {
        // given a 323 of one client with one prestatie
        MessageRead read = new MessageReader(SchemaCatalog.bundled(), 26_214_400)
                .read(Path.of("sample-messages/ijw/valid/13-jw323-declaratie.xml"));
        String prestatie = "/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]";
        Assessment assessment = new Assessment(3, List.of(), List.of("9056"), Map.of(prestatie, codes("9338")));
        // when
        DeclaratieVerdict verdict = Verdicts.declaratie(assessment, read.root());
        // then nothing is approved, and the 325 says why in its header
        assertThat(verdict.headerCodes()).containsExactly("9056");
        assertThat(verdict.prestatieCodes()).isEmpty();
        assertThat(verdict.approvedPrestaties(read)).isEmpty();
        assertThat(Verdicts.declaratieOutcome(verdict, 0)).isEqualTo(Outcome.REJECTED);
    }
}
