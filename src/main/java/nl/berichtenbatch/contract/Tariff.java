package nl.berichtenbatch.contract;

/**
 * A contracted tariff.
 *
 * @param eenheid the WJ756 unit the tariff is per, e.g. {@code 04} (hour)
 * @param cents   euro cents per unit
 */
public record Tariff(String eenheid, long cents) {

    public static final String MINUTE = "01";
    public static final String HOUR = "04";

    /** The tariff per minute of an hour tariff, rounded half-up to whole cents (variants.md §5). */
    public long perMinute() {
        return (cents + 30) / 60;
    }

    /** The amount for a number of minutes at an hour tariff, rounded half-up to whole cents (TR346, IV081). */
    public long forMinutes(long minutes) {
        return (cents * minutes + 30) / 60;
    }
}
