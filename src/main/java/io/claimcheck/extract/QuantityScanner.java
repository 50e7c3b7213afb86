package io.claimcheck.extract;

import java.util.List;

/**
 * One pass over the tokens of a text that finds every quantity it states and every date that
 * only places something in time. The grammar is split by what its rules read: {@link NonClaims}
 * (spans that are never claims), {@link NumberAtoms} (where a number starts), {@link UnitRules}
 * (what follows it: scale, currency, unit), {@link BoundRules} (ranges and qualifiers),
 * {@link ChangeRules} (changes) and {@link ClaimFilters} (numbers that are not claims); {@link Scan}
 * runs them in order at each token. Every look-up is a table look-up over a bounded window, so
 * the time is linear in the length of the text. Instances are immutable and thread-safe.
 */
public final class QuantityScanner {

    /** What the scanner found in one text; {@code tokens} lets later stages reuse the tokenization. */
    public record Result(List<Quantity> quantities, List<TimeMention> times, Tokens tokens) {
    }

    private final Lexicon lx;

    public QuantityScanner(Lexicon lexicon) {
        this.lx = lexicon;
    }

    public Result scan(CharSequence text) {
        return scan(text, Integer.MAX_VALUE);
    }

    /** Scans until {@code limit} quantities are found. */
    public Result scan(CharSequence text, int limit) {
        return scan(text, limit, null);
    }

    /** As {@link #scan(CharSequence, int)}, reusing the arrays of {@code spare} (see {@link Tokens#of}). */
    Result scan(CharSequence text, int limit, Tokens spare) {
        Tokens tokens = lx.tokens(text, spare);
        Scan run = new Scan(lx, tokens);
        run.limit = limit;
        run.run();
        return new Result(List.copyOf(run.out), List.copyOf(run.times), run.t);
    }

    /** Significant digits a value keeps: enough for any figure news prints, few enough to drop binary noise. */
    private static final java.math.MathContext DIGITS = new java.math.MathContext(12);

    /**
     * The value as the text wrote it: scaling in binary leaves noise ("4.1 billion" is
     * 4099999999.9999995 after 4.1 * 1e9), which rounding to 12 significant digits removes.
     */
    static double decimal(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v) || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return v;
        }
        double a = Math.abs(v);
        if (a >= 1e-5 && a < 1e11) {
            // the common case without BigDecimal: scale so that 12 significant digits are whole,
            // round, scale back; taken only when the rounding cannot be a near tie
            int e = (int) Math.floor(Math.log10(a));
            if (POW10[e + 5] > a) {
                e--;
            } else if (POW10[e + 6] <= a) {
                e++;
            }
            int k = 11 - e;
            if (k >= 0 && k < POW10.length - 5) {
                double p = POW10[k + 5];
                double x = a * p;
                double f = x - Math.floor(x);
                if (Math.abs(f - 0.5) > 1e-3) {
                    double r = Math.round(x) / p;
                    return v < 0 ? -r : r;
                }
            }
        }
        return new java.math.BigDecimal(v).round(DIGITS).doubleValue();
    }

    /** 10^-5 ... 10^17, each exact or correctly rounded: POW10[i] is 10^(i-5). */
    private static final double[] POW10 = new double[23];

    static {
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Double.parseDouble("1e" + (i - 5));
        }
    }
}
