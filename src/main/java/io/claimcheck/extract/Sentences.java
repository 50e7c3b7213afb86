package io.claimcheck.extract;

import java.util.Set;

/**
 * Cuts news text into sentences in one pass. A sentence ends at a line break (datelines,
 * captions and headings stand on their own lines), or at '.', '!' or '?' followed by
 * whitespace and a capital, digit or quote, unless the word before the stop is a known
 * abbreviation ("U.S.", "Inc.", "No.") or an initial. Closing quotes stay with their sentence.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATION_LIST = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc",
            "corp", "co", "ltd", "no", "nos", "vs", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "mt", "ft",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "approx", "fig",
            "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "rev", "hon", "pres", "gov't", "dept", "univ", "ave", "blvd",
            "a.m", "p.m", "u.s.a");

    private static final WordTable<Boolean> ABBREVIATIONS;

    static {
        java.util.Map<String, Boolean> m = new java.util.HashMap<>();
        for (String a : ABBREVIATION_LIST) {
            m.put(a, Boolean.TRUE);
        }
        ABBREVIATIONS = new WordTable<>(m);
    }

    private Sentences() {
    }

    /** Sentence ranges as pairs [start, end) packed in an int array: {s0, e0, s1, e1, ...}. */
    public static int[] split(CharSequence text) {
        return split(Tokens.of(text));
    }

    /**
     * As {@link #split(CharSequence)}, over the text's tokens. Only a line break, or a '.', '!' or
     * '?' can end a sentence; the tokens say where those are (a stop is a symbol token of its own,
     * a line break sits in the gap before a token whose gap is 2), so the other characters are
     * never looked at.
     */
    static int[] split(Tokens t) {
        char[] text = t.chars;
        Ranges out = new Ranges(text);
        int n = text.length;
        int start = skipSpace(text, 0);
        int i = start; // the next character not yet handled
        byte[] kind = t.kind;
        byte[] gap = t.gap;
        for (int k = 0; k <= t.size; k++) {
            if (k < t.size && gap[k] != 2 && kind[k] != Tokens.SYM) {
                continue; // a word or number on the line: neither a stop nor a line break
            }
            int tokStart = k < t.size ? t.start[k] : n;
            if (k == t.size || gap[k] == 2) {
                // the line breaks in the gap before this token (and after the last one)
                int prevEnd = k > 0 ? t.end[k - 1] : 0;
                for (int p = Math.max(prevEnd, i); p < tokStart; p++) {
                    if (p >= i && (text[p] == '\n' || text[p] == '\r')) {
                        out.add(start, p);
                        start = skipSpace(text, p);
                        i = start;
                        p = i - 1;
                    }
                }
            }
            if (k == t.size) {
                break;
            }
            if (kind[k] != Tokens.SYM || tokStart < i) {
                continue;
            }
            char c = text[tokStart];
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, tokStart)) {
                int e = tokStart + 1;
                while (e < n && (text[e] == '"' || text[e] == '\u201d' || text[e] == '\'' || text[e] == '\u2019' || text[e] == ')' || text[e] == '.')) {
                    e++;
                }
                out.add(start, e);
                start = skipSpace(text, e);
                i = start;
            } else {
                i = tokStart + 1;
            }
        }
        out.add(start, n);
        return out.toArray();
    }

    /** The growing list of [start, end) pairs, trailing whitespace trimmed. */
    static final class Ranges {
        private final char[] text;
        private int[] pairs;
        private int count;

        Ranges(char[] text) {
            this.text = text;
            // sized for one sentence per 32 chars, so that news rarely grows it
            this.pairs = new int[Math.min(1 << 16, text.length / 16 + 16)];
        }

        void add(int s, int e) {
            while (e > s && space(text[e - 1])) {
                e--;
            }
            if (e <= s) {
                return;
            }
            if (count + 2 > pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[count++] = s;
            pairs[count++] = e;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(pairs, count);
        }
    }

    static boolean endsSentence(char[] text, int sentenceStart, int i) {
        int n = text.length;
        int j = i + 1;
        while (j < n && (text[j] == '"' || text[j] == '\u201d' || text[j] == '\''
                || text[j] == '\u2019' || text[j] == ')')) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (!space(text[j])) {
            return false;
        }
        int k = j;
        while (k < n && text[k] == ' ') {
            k++;
        }
        if (k >= n || text[k] == '\n') {
            return true;
        }
        char next = text[k];
        if (!(upper(next) || (next >= '0' && next <= '9') || next == '"' || next == '\u201c' || next == '\'' || next == '\u2018' || next == '(' || next == '[')) {
            return false;
        }
        if (text[i] != '.') {
            return true;
        }
        // the word before the full stop
        int w = i;
        while (w > sentenceStart && i - w < 12 && !space(text[w - 1]) && text[w - 1] != '(' && text[w - 1] != '"') {
            w--;
        }
        if (i - w == 1 && (text[w] >= 'a' && text[w] <= 'z' || text[w] >= 'A' && text[w] <= 'Z')) {
            return false; // an initial: "Charles B. Smith"
        }
        return ABBREVIATIONS.get(text, w, i) == null;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c > 127 && Character.isWhitespace(c);
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z' || c > 127 && Character.isUpperCase(c);
    }

    static int skipSpace(char[] text, int i) {
        while (i < text.length && space(text[i])) {
            i++;
        }
        return i;
    }

}
