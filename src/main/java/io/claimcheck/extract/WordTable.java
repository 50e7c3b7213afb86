package io.claimcheck.extract;

import java.util.Locale;
import java.util.Map;

/**
 * An immutable, case-insensitive map from words to values that is queried with a range of
 * chars, so the scanner never allocates a string to look a word up. Keys live in one char pool;
 * each slot is three adjacent ints (hash; key offset and length; an Integer value unboxed, for
 * {@link #getInt}), so a hit reads one slot and compares the key once. A 4 KB bit filter in front
 * answers most misses without touching the slots at all.
 */
final class WordTable<V> {
    private static final int HASH = 0, KEY = 1, INT = 2, WIDTH = 3;

    /** WIDTH ints a slot: the hash; the key as offset << 8 | length (-1 in an empty slot); an Integer value unboxed. */
    private final int[] slots;
    private final char[] pool;
    private final Object[] values;
    private final int mask;
    /**
     * One bit per hash of the words in the table (32,768 bits, 4 KB): most words of running text
     * are in no table, and this answers them from the first-level cache without touching the slots.
     */
    private final long[] filter = new long[FILTER_BITS >>> 6];
    private static final int FILTER_BITS = 1 << 15;

    WordTable(Map<String, V> entries) {
        int cap = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        slots = new int[cap * WIDTH];
        values = new Object[cap];
        for (int s = 0; s < cap; s++) {
            slots[s * WIDTH + KEY] = -1;
        }
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
            if (key.length > 255) {
                throw new IllegalArgumentException("a lexicon word longer than 255 characters: " + e.getKey());
            }
            while (slots[slot * WIDTH + KEY] >= 0 && !same(slot, key)) {
                slot = (slot + 1) & mask;
            }
            int b = slot * WIDTH;
            if (slots[b + KEY] < 0) {
                System.arraycopy(key, 0, pool, used, key.length);
                slots[b + KEY] = used << 8 | key.length;
                slots[b + HASH] = h;
                used += key.length;
            }
            int f = filterBit(h);
            filter[f >>> 6] |= 1L << f;
            values[slot] = e.getValue();
            slots[slot * WIDTH + INT] = e.getValue() instanceof Integer n ? n : 0;
        }
    }

    /** The word of token {@code i}, by the hash the tokenizer already computed. */
    V get(Tokens t, int i) {
        int slot = probe(t.chars, t.start[i], t.end[i], t.hash[i]);
        @SuppressWarnings("unchecked")
        V v = slot < 0 ? null : (V) values[slot];
        return v;
    }

    /** For a table of Integers: the value of token {@code i}'s word, or {@code missing}. */
    int getInt(Tokens t, int i, int missing) {
        return getInt(t.chars, t.start[i], t.end[i], t.hash[i], missing);
    }

    /** For a table of Integers: the value of the word at {@code [from, to)} whose hash is {@code h}, or {@code missing}. */
    int getInt(char[] text, int from, int to, int h, int missing) {
        int slot = probe(text, from, to, h);
        return slot < 0 ? missing : slots[slot * WIDTH + INT];
    }

    /** The same look-up over a char array. */
    V get(char[] text, int from, int to) {
        int slot = probe(text, from, to, hash(text, from, to));
        @SuppressWarnings("unchecked")
        V v = slot < 0 ? null : (V) values[slot];
        return v;
    }

    static int hash(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(text[i]);
        }
        return mix(h);
    }

    /** The last step of {@link #hash}, for callers that accumulate {@code 31 * h + lower(c)} themselves. */
    static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private static int filterBit(int h) {
        return (h * 0x9E3779B9) >>> 17;
    }

    /** The slot holding the word, or -1. */
    private int probe(char[] text, int from, int to, int h) {
        int f = filterBit(h);
        if ((filter[f >>> 6] & 1L << f) == 0) {
            return -1;
        }
        int[] s = slots;
        int slot = h & mask;
        int len = to - from;
        while (true) {
            int b = slot * WIDTH;
            int key = s[b + KEY];
            if (key < 0) {
                return -1;
            }
            if (s[b + HASH] == h && (key & 0xff) == len && sameLower(key >>> 8, text, from, len)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean same(int slot, char[] key) {
        int k = slots[slot * WIDTH + KEY];
        if ((k & 0xff) != key.length) {
            return false;
        }
        int o = k >>> 8;
        for (int i = 0; i < key.length; i++) {
            if (pool[o + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean sameLower(int o, char[] text, int from, int len) {
        char[] p = pool;
        for (int i = 0; i < len; i++) {
            if (p[o + i] != lower(text[from + i])) {
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
