package nl.berichtenbatch.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import nl.berichtenbatch.generate.World.Pair;
import nl.berichtenbatch.message.MessageKind;
import nl.berichtenbatch.message.Standard;

/**
 * Every identification and number of the story, each unique where the standard says so: Identificatie per sender
 * and message (TR056), ToewijzingNummer per gemeente (TR332, in {@link Pair}), ReferentieAanbieder per aanbieder
 * (TR347), DeclaratieNummer (TR333) and ReferentieNummer (TR314) per aanbieder; and, for the defects, the ones
 * that were used before or never.
 */
final class Numbers implements Defects.Memory {

    private final Map<String, int[]> counters = new HashMap<>();
    private final Map<String, String> lastIdentificatie = new HashMap<>();
    private final LocalDate runDate;
    private long unknownNummer = 999_000_000L;
    private int unknownReferentie;

    Numbers(LocalDate runDate) {
        this.runDate = runDate;
    }

    int next(String key) {
        return ++counters.computeIfAbsent(key, k -> new int[1])[0];
    }

    /** {@code JW305-000042}: standard, message, sequence per sender and message; at most 12 characters. */
    @Override
    public String newIdentificatie(String sender, MessageKind kind) {
        int n = next(sender + "|" + kind.name());
        String prefix = prefix(kind.standard()) + kind.type().number();
        return n <= 999_999 ? prefix + "-" + zeros(n, 6) : prefix + zeros(n, 7);
    }

    /** Remembers the Identificatie of a message that was sent, for a defect that reuses it. */
    void used(String sender, MessageKind kind, String identificatie) {
        lastIdentificatie.put(sender + "|" + kind.name(), identificatie);
    }

    @Override
    public String earlierIdentificatie(String sender, MessageKind kind) {
        return lastIdentificatie.get(sender + "|" + kind.name());
    }

    @Override
    public long unknownToewijzingNummer() {
        return unknownNummer++;
    }

    @Override
    public String unknownReferentie(Standard standard) {
        return "VOT-0000-" + zeros(++unknownReferentie, 6);
    }

    @Override
    public LocalDate runDate() {
        return runDate;
    }

    /** {@code JW2026100003}: standard, declared month, sequence per aanbieder; 12 letters and digits (CS319). */
    String declaratieNummer(Pair pair, YearMonth period) {
        String prefix = prefix(pair.standard) + period.getYear() + zeros(period.getMonthValue(), 2);
        int n = next(pair.agb + "|" + prefix);
        if (n > 9999) {
            throw new IllegalStateException("more than 9999 declarations of one aanbieder in one month");
        }
        return prefix + zeros(n, 4);
    }

    /** {@code JW-202610-00000042}: unique per aanbieder and standard, ever (TR314); at most 20 characters. */
    String referentieNummer(Pair pair, YearMonth month) {
        int n = next(pair.agb + "|" + pair.standard + "|prestatie");
        return prefix(pair.standard) + "-" + month.getYear() + zeros(month.getMonthValue(), 2) + "-" + zeros(n, 8);
    }

    /** {@code VOT-2026-000042} or {@code VOW-…}: unique per aanbieder and standard (TR347). */
    String referentieAanbieder(Pair pair, String kind, LocalDate date) {
        int n = next(pair.agb + "|" + pair.standard + "|referentie");
        return kind + "-" + date.getYear() + "-" + zeros(n, 6);
    }

    private static String prefix(Standard standard) {
        return standard == Standard.IJW ? "JW" : "WM";
    }

    /** A number with leading zeros to the width (String.format is too slow for a hundred thousand files). */
    static String zeros(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
