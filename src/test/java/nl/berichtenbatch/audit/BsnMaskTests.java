package nl.berichtenbatch.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BsnMaskTests {

    @Test
    void masksEveryRunOfExactlyNineDigits() {
        // given / when / then
        assertThat(BsnMask.mask("Bsn 123456782 onbekend")).isEqualTo("Bsn ********* onbekend");
        assertThat(BsnMask.mask("bsn_123456782.xml")).isEqualTo("bsn_*********.xml");
        assertThat(BsnMask.mask("BSN123456782;111222333")).isEqualTo("BSN*********;*********");
    }

    @Test
    void leavesOtherNumbersAlone() {
        // given / when / then
        assertThat(BsnMask.mask("gemeente 0363, AGB 12345678, 20260115123000, 1234567890"))
                .isEqualTo("gemeente 0363, AGB 12345678, 20260115123000, 1234567890");
        assertThat(BsnMask.mask(null)).isNull();
    }

    @Test
    void leavesAChecksumWholeButNotABsnNextToIt() {
        // given
        String sha256 = "0b5e9c1d2f123456789abcde" + "0".repeat(40);
        // when
        String masked = BsnMask.mask("sha256 " + sha256 + ", bsn 123456782, x" + sha256.substring(0, 31));
        // then
        assertThat(masked).isEqualTo("sha256 " + sha256 + ", bsn *********, x0b5e9c1d2f*********abcde0000000");
    }

    @Test
    void masksTheClientsBsnEvenInsideLongerText() {
        // given / when / then
        assertThat(BsnMask.mask("ref-1234567829", "123456782")).isEqualTo("ref-*********9");
    }
}
