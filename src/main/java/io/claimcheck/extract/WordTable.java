package io.claimcheck.extract;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable, case-insensitive map from words to values that is queried with a range of
 * chars, so the scanner never allocates a string to look a word up. Keys live in one char pool
 * and their hashes in an int array: a miss usually costs one array read, a hit one comparison.
 */
final class WordTable<V> {
    private final int[] hashes;
    private final int[] offsets;  // -1: empty slot
    private final int[] lengths;
    private final char[] pool;
    private final Object[] values;
    private final int mask;

    WordTable(Map<String, V> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        hashes = new int[cap];
        offsets = new int[cap];
        lengths = new int[cap];
        values = new Object[cap];
        java.util.Arrays.fill(offsets, -1);
        mask = cap - 1;
        int total = 0;
        for (String k : entries.keySet()) {
            total += k.length();
        }
        pool = new char[total];
        int used = 0;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            char[] key = e.getKey().toLowerCase(Locale.ROOT).toCharArray();
            int h = hash(key, 0, key.length);
            int slot = h & mask;
            while (offsets[slot] >= 0 && !same(slot, key, 0, key.length)) {
                slot = (slot + 1) & mask;
            }
            if (offsets[slot] < 0) {
                System.arraycopy(key, 0, pool, used, key.length);
                offsets[slot] = used;
                lengths[slot] = key.length;
                hashes[slot] = h;
                used += key.length;
            }
            values[slot] = e.getValue();
        }
    }

    /** The word of token {@code i}, by the hash the tokenizer already computed. */
    V get(Tokens t, int i) {
        return probe(t.chars, t.start[i], t.end[i], t.hash[i]);
    }

    /** The same look-up over a char array. */
    V get(char[] text, int from, int to) {
        return probe(text, from, to, hash(text, from, to));
    }

    static int hash(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(text[i]);
        }
        return h ^ (h >>> 16);
    }

    private V probe(char[] text, int from, int to, int h) {
        int slot = h & mask;
        int len = to - from;
        while (offsets[slot] >= 0) {
            if (hashes[slot] == h && lengths[slot] == len && sameLower(slot, text, from, len)) {
                @SuppressWarnings("unchecked")
                V v = (V) values[slot];
                return v;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private boolean same(int slot, char[] key, int from, int len) {
        if (lengths[slot] != len) {
            return false;
        }
        int o = offsets[slot];
        for (int i = 0; i < len; i++) {
            if (pool[o + i] != key[from + i]) {
                return false;
            }
        }
        return true;
    }

    private boolean sameLower(int slot, char[] text, int from, int len) {
        int o = offsets[slot];
        for (int i = 0; i < len; i++) {
            if (pool[o + i] != lower(text[from + i])) {
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
