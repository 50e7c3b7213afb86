package io.claimcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-token phrases ("more than", "US $", "kilometres per hour") looked up at a token
 * position. A phrase is cut into tokens by the same {@link Tokens} scanner as the text, so
 * "km/h" and "km / h" are the same phrase. Longest match wins; phrases never cross a line break.
 */
final class PhraseTable<V> {

    /** A phrase found in the text: how many tokens it spans and what it means. */
    record Match<V>(int length, V value) {
    }

    private record Phrase<V>(String[] tail, V value, boolean exactCase, String surface) {
    }

    private final WordTable<List<Phrase<V>>> byFirst;
    /** ASCII symbols that start some phrase; other ASCII symbols are rejected without a look-up. */
    private final boolean[] asciiSymbolStarts = new boolean[128];
    /** Longest first token of any phrase, in chars. */
    private int maxFirstLength;

    /** The {@link Lexicon} bit marking words that start one of these phrases; 0 when unknown. */
    private final int firstWordBit;

    PhraseTable(Map<String, V> surfaces, java.util.Set<String> exactCase, int firstWordBit) {
        this.firstWordBit = firstWordBit;
        Map<String, List<Phrase<V>>> buckets = new HashMap<>();
        for (Map.Entry<String, V> e : surfaces.entrySet()) {
            Tokens t = Tokens.of(e.getKey());
            if (t.size == 0) {
                continue;
            }
            String[] tail = new String[t.size - 1];
            for (int k = 1; k < t.size; k++) {
                tail[k - 1] = t.text(k).toLowerCase(Locale.ROOT);
            }
            String first = t.text(0).toLowerCase(Locale.ROOT);
            maxFirstLength = Math.max(maxFirstLength, first.length());
            if (t.kind[0] == Tokens.SYM && first.length() == 1 && first.charAt(0) < 128) {
                asciiSymbolStarts[first.charAt(0)] = true;
            }
            buckets.computeIfAbsent(first, k -> new ArrayList<>())
                    .add(new Phrase<>(tail, e.getValue(), exactCase.contains(e.getKey()), e.getKey()));
        }
        for (List<Phrase<V>> list : buckets.values()) {
            list.sort(Comparator.comparingInt((Phrase<V> p) -> -p.tail.length));
        }
        byFirst = new WordTable<>(buckets);
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Match<V> at(Tokens t, int i) {
        if (i < t.lo || i >= t.size || cannotStart(t, i)) {
            return null;
        }
        List<Phrase<V>> list = byFirst.get(t, i);
        if (list == null) {
            return null;
        }
        for (Phrase<V> p : list) {
            if (matches(t, i, p)) {
                return new Match<>(p.tail.length + 1, p.value);
            }
        }
        return null;
    }

    /** A phrase that starts at some token before {@code i} and ends exactly at {@code i} (exclusive). */
    Match<V> endingAt(Tokens t, int i, int maxTokens) {
        for (int len = Math.min(maxTokens, i - t.lo); len >= 1; len--) {
            int from = i - len;
            if (cannotStart(t, from)) {
                continue;
            }
            List<Phrase<V>> list = byFirst.get(t, from);
            if (list == null) {
                continue;
            }
            for (Phrase<V> p : list) {
                if (p.tail.length + 1 == len && matches(t, from, p)) {
                    return new Match<>(len, p.value);
                }
            }
        }
        return null;
    }

    /** A cheap test that no phrase can start at token {@code i}: numbers, unlisted symbols, long words. */
    private boolean cannotStart(Tokens t, int i) {
        byte k = t.kind[i];
        if (k == Tokens.NUM) {
            return true;
        }
        int len = t.end[i] - t.start[i];
        if (len > maxFirstLength) {
            return true;
        }
        if (k == Tokens.WORD && t.annotated && firstWordBit != 0) {
            return (t.bits[i] & firstWordBit) == 0;
        }
        if (k == Tokens.SYM && len == 1) {
            char c = t.text.charAt(t.start[i]);
            return c < 128 && !asciiSymbolStarts[c];
        }
        return false;
    }

    private static <V> boolean matches(Tokens t, int i, Phrase<V> p) {
        if (i + p.tail.length >= t.size) {
            return false;
        }
        if (p.exactCase && !p.surface.contentEquals(t.text.subSequence(t.start[i], t.end[i]))) {
            return false;
        }
        for (int k = 0; k < p.tail.length; k++) {
            int j = i + 1 + k;
            if (t.gap[j] == 2 || !t.is(j, p.tail[k])) {
                return false;
            }
        }
        return true;
    }
}
