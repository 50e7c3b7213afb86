package io.claimcheck.extract;

import java.util.List;

/**
 * What every rule set of one scan shares: the text's tokens, the lexicon, what was found so far,
 * and the small token tests the rules are written in.
 */
abstract class ScanPart {

    final Scan scan;
    final Lexicon lx;
    final Tokens t;
    final List<Quantity> out;
    final List<TimeMention> times;

    ScanPart(Scan scan) {
        this.scan = scan;
        this.lx = scan.lx;
        this.t = scan.t;
        this.out = scan.out;
        this.times = scan.times;
    }

    Candidate cand(int s, int e, int type, double value) {
        return new Candidate(s, e, type, value);
    }

    /** A span that is consumed and yields nothing. */
    Candidate skip(int s, int e) {
        return new Candidate(s, e, Candidate.SKIP, 0);
    }

    void emit(Candidate c) {
        scan.emit(c);
    }

    /** Token {@code k} ends a sentence or clause: '.', '!', '?' or ';'. */
    boolean stop(int k) {
        return t.kind[k] == Tokens.SYM && ".!?;".indexOf(t.chars[t.start[k]]) >= 0;
    }

    boolean lineBreakInside(int from, int to) {
        for (int k = from + 1; k <= to && k < t.size; k++) {
            if (t.gap[k] == 2) {
                return true;
            }
        }
        return false;
    }

    /** "a" or "an". */
    boolean article(int k) {
        return t.is(k, "a") || t.is(k, "an");
    }

    /**
     * True when the figure that ends at offset {@code end} stands just before token {@code k}: at most
     * {@code max} tokens between, none a comma or the end of a clause, and only words when {@code wordsOnly}.
     */
    boolean closeBefore(int end, int k, int max, boolean wordsOnly) {
        int n = 0;
        for (int j = k - 1; j >= 0 && t.start[j] >= end; j--) {
            if (stop(j) || t.is(j, ',') || wordsOnly && !t.isWord(j) || ++n > max) {
                return false;
            }
        }
        return k > 0 && t.end[Math.max(0, k - 1 - n)] >= end;
    }

    /**
     * True when the bare number of {@code c} is a year that places something in time: after a time
     * preposition ("in 2023"), after "between", or after another year and "and", "or", "to" or a comma
     * ("in 2023 and 2024", "2022, 2023"). Such a year takes no unit from the figures around it.
     */
    boolean yearInTime(Candidate c) {
        int i = c.coreS;
        if (!t.isYear(i) || c.ts != i || c.te != c.coreE) {
            return false;
        }
        int b = i - 1;
        return lx.hasClass(t, b, Lexicon.TIMEPREP) || t.is(b, "between")
                || (t.is(b, "and") || t.is(b, "or") || t.is(b, "to") || t.is(b, ',')) && t.isYear(b - 1);
    }

    boolean isMonth(int i) {
        return (lx.bits(t, i) & Lexicon.MONTH) != 0 && t.capitalized(i);
    }

    String changeWord(int k) {
        if (!t.isWord(k)) {
            return null;
        }
        return lx.changes.get(t, k);
    }

    boolean isSmallNumberWord(int j) {
        if (!t.isWord(j)) {
            return false;
        }
        Lexicon.NumberWord w = lx.numbers.get(t, j);
        return w != null && (w.role().equals("unit") || w.role().equals("teen") || w.role().equals("tens"));
    }

    /**
     * "1 200 000", "€1 200": a number written in groups of three digits with plain spaces between;
     * the token after it, or -1. One group after the first needs a currency before or after the number.
     */
    int spacedThousands(int i) {
        if (!t.isPlainNum(i) || t.numFlags[i] != 0 || t.end[i] - t.start[i] > 3) {
            return -1;
        }
        int j = i + 1;
        while (t.isPlainNum(j) && t.gap[j] == 1 && t.numFlags[j] == 0 && t.end[j] - t.start[j] == 3) {
            j++;
        }
        int groups = j - i - 1;
        PhraseTable.Match<Lexicon.Currency> after = groups == 1 ? lx.currencies.at(t, j) : null;
        // "€10 000", "10 000 euros", "10 000 people": one group is read as thousands beside a currency or
        // before the lower-case word it counts; two numbers that only stand side by side are rare before a noun
        boolean priced = groups == 1 && (lx.currencies.endingAt(t, i, 2) != null || after != null && after.value().post());
        boolean counts = groups == 1 && t.value[i] > 0 && t.chars[t.start[i]] != '0' && t.isWord(j) && t.gap[j] == 1
                && !t.capitalized(j) && !t.isNum(i - 1);
        return groups >= 2 || priced || counts ? j : -1;
    }

    /** Token {@code k} opens a line (or the text). */
    boolean lineStart(int k) {
        return k >= 0 && k < t.size && (k == 0 || t.gap[k] == 2);
    }

    /** Token {@code k} is past the end of its line: a line break before it, or the end of the text. */
    boolean lineEnd(int k) {
        return k >= t.size || t.gap[k] == 2;
    }

    static double round4(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
