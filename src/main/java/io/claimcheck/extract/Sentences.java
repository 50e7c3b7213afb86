package io.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts news text into sentences in one pass. A sentence ends at a line break (datelines,
 * captions and headings stand on their own lines), or at '.', '!' or '?' followed by
 * whitespace and a capital, digit or quote, unless the word before the stop is a known
 * abbreviation ("U.S.", "Inc.", "No.") or an initial. Closing quotes stay with their sentence.
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc",
            "corp", "co", "ltd", "no", "nos", "vs", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "mt", "ft",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "approx", "fig",
            "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "rev", "hon", "pres", "gov't", "dept", "univ", "ave", "blvd",
            "a.m", "p.m", "u.s.a");

    private Sentences() {
    }

    /** Sentence ranges as pairs [start, end) packed in an int array: {s0, e0, s1, e1, ...}. */
    public static int[] split(CharSequence text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(out, text, start, i);
                start = skipSpace(text, i);
                i = start;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i)) {
                int e = i + 1;
                while (e < n && (text.charAt(e) == '"' || text.charAt(e) == '\u201d' || text.charAt(e) == '\''
                        || text.charAt(e) == '\u2019' || text.charAt(e) == ')' || text.charAt(e) == '.')) {
                    e++;
                }
                add(out, text, start, e);
                start = skipSpace(text, e);
                i = start;
                continue;
            }
            i++;
        }
        add(out, text, start, n);
        int[] packed = new int[out.size() * 2];
        for (int k = 0; k < out.size(); k++) {
            packed[2 * k] = out.get(k)[0];
            packed[2 * k + 1] = out.get(k)[1];
        }
        return packed;
    }

    private static boolean endsSentence(CharSequence text, int sentenceStart, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\u201d' || text.charAt(j) == '\''
                || text.charAt(j) == '\u2019' || text.charAt(j) == ')')) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        int k = j;
        while (k < n && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= n || text.charAt(k) == '\n') {
            return true;
        }
        char next = text.charAt(k);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c' || next == '\'' || next == '\u2018' || next == '(' || next == '[')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        // the word before the full stop
        int w = i;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(' && text.charAt(w - 1) != '"') {
            w--;
        }
        String word = text.subSequence(w, i).toString().toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false; // an initial: "Charles B. Smith"
        }
        return !ABBREVIATIONS.contains(word);
    }

    private static int skipSpace(CharSequence text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<int[]> out, CharSequence text, int s, int e) {
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new int[] {s, e});
        }
    }
}
