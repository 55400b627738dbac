package nl.berichtenbatch.validation.rules.support;

import nl.berichtenbatch.message.XmlElement;

/**
 * Dates as the official XSLT compares them: {@code yyyy-mm-dd} read as the number {@code yyyymmdd}. Moving a date by
 * whole years adds {@code 10000} per year, so 29 February stays 29 February (the XSLT's arithmetic, not the
 * calendar's).
 */
public final class Dates {

    /** The first day that the rules on product and declaration periods treat as "after 2020". */
    public static final int END_OF_2020 = 20201231;

    private Dates() {
    }

    /** The date as {@code yyyymmdd}. */
    public static int number(String date) {
        return Integer.parseInt(date.trim().replace("-", ""));
    }

    public static int number(XmlElement date) {
        return number(date.text());
    }

    /** The date moved by whole years (negative: earlier), as {@code yyyymmdd}. */
    public static int plusYears(XmlElement date, int years) {
        return number(date) + years * 10000;
    }

    /** True when {@code a} lies after {@code b}. */
    public static boolean after(XmlElement a, XmlElement b) {
        return number(a) > number(b);
    }

    /** The date as text, for finding texts. */
    public static String text(XmlElement date) {
        return date.text().trim();
    }
}
