package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Numbers written in the styles of news parse back to the value they were written from. */
class NumberPropertiesTest {

    static final ClaimExtractor ENGINE = new ClaimExtractor(Lexicon.english());

    static Quantity only(String text) {
        List<Claim> claims = ENGINE.extract(text, "body", LocalDate.of(2025, 1, 1));
        assertEquals(1, claims.size(), () -> text + " -> " + claims.stream().map(Claim::text).toList());
        return claims.get(0).quantity();
    }

    @Property(tries = 300)
    void groupedDigitsParseBack(@ForAll @LongRange(min = 10_000, max = 999_999_999_999L) long n, @ForAll("separators") String sep) {
        String digits = new DecimalFormat("#,###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n).replace(",", sep);
        assertEquals(n, only("The agency counted " + digits + " cases.").value(), 0.0);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(",", "\u00a0", "\u2009", "\u202f");
    }

    @Property(tries = 300)
    void decimalsWithScalesParseBack(@ForAll @IntRange(min = 1, max = 999) int whole, @ForAll @IntRange(min = 0, max = 99) int cents,
                                     @ForAll("scales") String scale) {
        double factor = switch (scale) {
            case "thousand", "k" -> 1e3;
            case "million", "m", "mn" -> 1e6;
            case "billion", "bn" -> 1e9;
            default -> 1e12;
        };
        String number = whole + (cents == 0 ? "" : String.format(Locale.ROOT, ".%02d", cents));
        String written = scale.length() <= 2 ? "$" + number + scale : "$" + number + " " + scale;
        Quantity q = only("The deal is worth " + written + ", the company said.");
        assertEquals("money", q.kind());
        assertEquals((whole + cents / 100.0) * factor, q.value(), 1e-6 * q.value());
    }

    @Provide
    Arbitrary<String> scales() {
        return Arbitraries.of("thousand", "million", "billion", "trillion", "k", "m", "mn", "bn", "tn");
    }

    @Property(tries = 200)
    void percentsParseBackInEveryStyle(@ForAll @IntRange(min = 0, max = 1000) int tenths, @ForAll("percentWords") String word) {
        String number = tenths % 10 == 0 ? Integer.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
        Quantity q = only("Turnout reached " + number + word + " on Sunday.");
        assertEquals("percent", q.kind());
        assertEquals(tenths / 10.0, q.value(), 1e-9);
    }

    @Provide
    Arbitrary<String> percentWords() {
        return Arbitraries.of("%", " percent", " per cent", " pct");
    }

    static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    static final String[] TEENS = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    static String words(int n) {
        if (n < 10) {
            return UNITS[n];
        }
        if (n < 20) {
            return TEENS[n - 10];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
        }
        String rest = n % 100 == 0 ? "" : " and " + words(n % 100);
        return UNITS[n / 100] + " hundred" + rest;
    }

    @Property(tries = 300)
    void spelledNumbersParseBack(@ForAll @IntRange(min = 2, max = 999) int n) {
        assertEquals(n, only("Officials counted " + words(n) + " boats.").value(), 0.0);
    }

    @Property(tries = 100)
    void spelledThousandsParseBack(@ForAll @IntRange(min = 2, max = 99) int n) {
        assertEquals(n * 1000.0, only("Officials counted " + words(n) + " thousand boats.").value(), 0.0);
    }

    /** The definition of a value as written: the double nearest to it rounded to 12 significant digits. */
    static double decimalReference(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v) || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    @Property(tries = 5000)
    void exactDecimalsOfComputedValues(@ForAll @LongRange(min = 1, max = 99_999_999L) long digits, @ForAll @IntRange(min = 0, max = 12) int decimals,
                                       @ForAll @IntRange(min = -2, max = 12) int scale) {
        // a figure as written ("4.1"), times a scale word ("billion") or divided as cents are
        double written = digits / Math.pow(10, decimals);
        double v = scale >= 0 ? written * Math.pow(10, scale) : written / Math.pow(10, -scale);
        assertEquals(decimalReference(v), QuantityScanner.decimal(v), 0.0, () -> "for " + v);
        assertEquals(decimalReference(-v), QuantityScanner.decimal(-v), 0.0, () -> "for " + -v);
    }

    @Property(tries = 5000)
    void exactDecimalsOfAnyDouble(@ForAll double v) {
        assertEquals(decimalReference(v), QuantityScanner.decimal(v), 0.0, () -> "for " + v);
    }
}
