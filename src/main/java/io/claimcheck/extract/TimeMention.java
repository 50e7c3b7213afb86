package io.claimcheck.extract;

/**
 * A date, month or year that places something in time rather than stating a quantity
 * ("in 2024", "May 18, 2015", "July 2003"), or a span of them ("July 2003 and December 2004",
 * whose {@code endYear} is 2004). Fields not stated are 0.
 */
public record TimeMention(int start, int end, int year, int month, int day, int endYear) {

    public TimeMention(int start, int end, int year, int month, int day) {
        this(start, end, year, month, day, 0);
    }

    /** The ISO form of what is stated: 2024, 2024-05 or 2024-05-18; empty when no year is known. */
    public String iso() {
        if (year == 0) {
            return "";
        }
        if (endYear != 0 && endYear != year) {
            return year + "/" + endYear;
        }
        if (month == 0) {
            return Integer.toString(year);
        }
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4).append('-');
        pad(b, month, 2);
        if (day != 0) {
            pad(b.append('-'), day, 2);
        }
        return b.toString();
    }

    /** Appends {@code n} zero-padded to {@code width} digits (String.format is slow on a hot path). */
    private static StringBuilder pad(StringBuilder b, int n, int width) {
        String s = Integer.toString(n);
        for (int k = s.length(); k < width; k++) {
            b.append('0');
        }
        return b.append(s);
    }
}
