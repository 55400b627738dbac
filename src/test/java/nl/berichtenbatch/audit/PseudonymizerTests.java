package nl.berichtenbatch.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PseudonymizerTests {

    private static final String KEY = "demo-pseudonym-key-2026";

    @Test
    void isTheHmacSha256OfTheBsnInLowerCaseHex() {
        // given
        Pseudonymizer pseudonymizer = new Pseudonymizer(KEY);
        // when
        String pseudonym = pseudonymizer.pseudonym("123456782");
        // then (openssl dgst -sha256 -hmac demo-pseudonym-key-2026)
        assertThat(pseudonym).isEqualTo("e088ba362dcf37bb63faa73ae07c83370b120b2af87b0709f99c5a411bf25586")
                .hasSize(Pseudonymizer.PSEUDONYM_LENGTH);
    }

    @Test
    void isStableForOneKeyAndDiffersPerBsnAndPerKey() {
        // given
        Pseudonymizer pseudonymizer = new Pseudonymizer(KEY);
        Pseudonymizer otherKey = new Pseudonymizer(KEY + "-other");
        // when
        String first = pseudonymizer.pseudonym("123456782");
        // then
        assertThat(new Pseudonymizer(KEY).pseudonym("123456782")).isEqualTo(first);
        assertThat(pseudonymizer.pseudonym("111222333")).isNotEqualTo(first);
        assertThat(otherKey.pseudonym("123456782")).isNotEqualTo(first);
    }

    @Test
    void ignoresWhitespaceAroundTheBsnAndTheKey() {
        // given
        Pseudonymizer pseudonymizer = new Pseudonymizer(KEY);
        // when
        Pseudonymizer fromASecretsFile = new Pseudonymizer("  " + KEY + "\n");
        // then
        assertThat(pseudonymizer.pseudonym(" 123456782\t")).isEqualTo(pseudonymizer.pseudonym("123456782"));
        assertThat(fromASecretsFile.pseudonym("123456782")).isEqualTo(pseudonymizer.pseudonym("123456782"));
    }

    @Test
    void givesNullForNoBsn() {
        // given
        Pseudonymizer pseudonymizer = new Pseudonymizer(KEY);
        // when / then
        assertThat(pseudonymizer.pseudonym(null)).isNull();
        assertThat(pseudonymizer.pseudonym("")).isNull();
        assertThat(pseudonymizer.pseudonym("  ")).isNull();
    }

    @Test
    void rejectsAMissingKeyNamingTheProperty() {
        // given / when / then
        for (String key : new String[] {null, "", "   \n"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> new Pseudonymizer(key))
                    .withMessageStartingWith("berichtenbatch.privacy.pseudonym-key is not set")
                    .withMessageNotContaining("\n");
        }
    }

    @Test
    void rejectsAShortKeyWithoutShowingIt() {
        // given
        String fifteen = "fifteen-chars!!";
        // when / then
        assertThatIllegalArgumentException().isThrownBy(() -> new Pseudonymizer(fifteen))
                .withMessage("berichtenbatch.privacy.pseudonym-key is too short: it has 15 characters, "
                        + "at least 16 are needed");
        assertThatIllegalArgumentException().isThrownBy(() -> new Pseudonymizer("   " + fifteen + "   "))
                .withMessageNotContaining(fifteen);
    }

    @Test
    void acceptsAKeyOfSixteenCharacters() {
        // given / when
        Pseudonymizer pseudonymizer = new Pseudonymizer("sixteen-chars!!!");
        // then
        assertThat(pseudonymizer.pseudonym("123456782")).hasSize(64);
        assertThat(pseudonymizer.toString()).doesNotContain("sixteen");
    }
}
