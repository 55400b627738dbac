package nl.berichtenbatch.retour;

import nl.berichtenbatch.message.XmlElement;

/** An amount in euro cents with its sign: written as an absolute value with D (≥ 0) or C (< 0), CS325. */
record Amount(long cents) {

    static final Amount ZERO = new Amount(0);

    private static final String DEBET = "D";
    private static final String CREDIT = "C";

    /** Reads a CDT_BedragMetDC or CDT_TotaalBedragMetDC: {@code valueName} is Bedrag or TotaalBedrag. */
    static Amount of(XmlElement amount, String valueName) {
        long value = Long.parseLong(amount.value(valueName).orElseThrow(() -> new IllegalArgumentException(
                amount.path() + " has no " + valueName)).trim());
        String sign = amount.value("DebetCredit").map(String::trim).orElseThrow(() -> new IllegalArgumentException(
                amount.path() + " has no DebetCredit"));
        return new Amount(CREDIT.equals(sign) ? -value : value);
    }

    Amount plus(Amount other) {
        return new Amount(Math.addExact(cents, other.cents));
    }

    String absolute() {
        return Long.toString(Math.abs(cents));
    }

    String debetCredit() {
        return cents < 0 ? CREDIT : DEBET;
    }
}
