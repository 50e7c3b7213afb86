package io.claimcheck.extract;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable, case-insensitive map from words to values that is queried with a range of a
 * {@link CharSequence}, so the scanner never allocates a string to look a word up.
 */
final class WordTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    WordTable(Map<String, V> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        keys = new String[cap];
        values = new Object[cap];
        mask = cap - 1;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            int slot = hash(key, 0, key.length()) & mask;
            while (keys[slot] != null && !keys[slot].equals(key)) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = e.getValue();
        }
    }

    V get(CharSequence text, int from, int to) {
        int slot = hash(text, from, to) & mask;
        while (true) {
            String key = keys[slot];
            if (key == null) {
                return null;
            }
            if (equalsIgnoreCase(key, text, from, to)) {
                @SuppressWarnings("unchecked")
                V v = (V) values[slot];
                return v;
            }
            slot = (slot + 1) & mask;
        }
    }

    V get(String word) {
        return get(word, 0, word.length());
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static boolean equalsIgnoreCase(String key, CharSequence s, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != lower(s.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    static char lower(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }
}
