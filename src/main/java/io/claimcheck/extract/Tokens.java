package io.claimcheck.extract;

import java.util.Arrays;

/**
 * The text cut into tokens in one pass: words, numbers, mixed letter-digit identifiers and
 * single symbols, each with its exact [start, end) range. Whitespace is not a token; a token
 * remembers whether whitespace (and a line break) stood before it.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte ALNUM = 3;
    static final byte SYM = 4;

    /** Longest digit run read as a number; longer runs are identifiers, never claims. */
    static final int MAX_DIGITS = 18;

    final CharSequence text;
    /** The text's chars, taken once: the hot loops index an array, not a CharSequence. */
    final char[] chars;
    int size;
    // allocated by the constructor that scans, shared by slices (no initialisers: a slice must not allocate)
    byte[] kind;
    int[] start;
    int[] end;
    /** For NUM tokens: where the digits end (a letter suffix such as "bn" or "th" may follow). */
    int[] numEnd;
    /** For NUM tokens: the value of the digits. */
    double[] value;
    /** For NUM tokens: 1 = has thousands separators, 2 = has a decimal point. */
    byte[] numFlags;
    /** 0 = adjacent to the previous token, 1 = whitespace before, 2 = a line break before. */
    byte[] gap;
    /** The lower-case hash of each token, as {@link WordTable} computes it, so a look-up never re-hashes. */
    int[] hash;
    /** For WORD tokens, once {@link Lexicon#annotate} ran: every table the word is in, as {@link Lexicon} bits. */
    int[] bits;
    boolean annotated;
    /** First token of this sequence: 0, or for a sentence view the index of its first token in the shared arrays. */
    int lo;

    private Tokens(CharSequence text, Tokens spare) {
        this.text = text;
        this.chars = text.toString().toCharArray();
        int cap = Math.max(16, chars.length / 5);
        if (spare != null && spare.kind.length >= cap) {
            // the arrays of a sequence its owner is done with: every slot up to size is written again
            kind = spare.kind;
            start = spare.start;
            end = spare.end;
            numEnd = spare.numEnd;
            value = spare.value;
            numFlags = spare.numFlags;
            gap = spare.gap;
            hash = spare.hash;
            bits = spare.bits;
            return;
        }
        kind = new byte[cap];
        start = new int[cap];
        end = new int[cap];
        numEnd = new int[cap];
        value = new double[cap];
        numFlags = new byte[cap];
        gap = new byte[cap];
        hash = new int[cap];
    }

    private Tokens(CharSequence text, char[] chars) {
        this.text = text;
        this.chars = chars;
    }

    /**
     * Tokens {@code [from, to)} as a sequence of their own that shares these arrays: indices stay
     * those of the whole text, and the bounds checks stop at the view's ends.
     */
    Tokens slice(int from, int to) {
        Tokens s = new Tokens(text, chars);
        s.kind = kind;
        s.start = start;
        s.end = end;
        s.numEnd = numEnd;
        s.value = value;
        s.numFlags = numFlags;
        s.gap = gap;
        s.hash = hash;
        s.bits = bits;
        s.annotated = annotated;
        s.lo = from;
        s.size = to;
        return s;
    }

    /** Index of the first token that starts at or after {@code offset}. */
    int firstAtOrAfter(int offset) {
        int lo = this.lo;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static Tokens of(CharSequence text) {
        return of(text, null, null, null);
    }

    /**
     * As {@link #of(CharSequence)}, splitting a word that runs into a number when its letters are
     * one of {@code gluedPrefixes} (lower case, at most 3 letters, written with a capital): "Sh2.5m"
     * is "Sh" and "2.5m", as "Sh 2.5m" would be. Other words with digits stay whole ("G7", "F1").
     * With a {@code wordBits} table, each word gets its lexicon bits as it is read, while its
     * characters are still in the cache.
     */
    static Tokens of(CharSequence text, java.util.Set<String> gluedPrefixes, WordTable<Integer> wordBits) {
        return of(text, gluedPrefixes, wordBits, null);
    }

    /**
     * As above, reusing the arrays of {@code spare}, a sequence no one reads any more, when they
     * fit: the scan of one article after another then allocates nothing per token.
     */
    static Tokens of(CharSequence text, java.util.Set<String> gluedPrefixes, WordTable<Integer> wordBits, Tokens spare) {
        Tokens t = new Tokens(text, spare);
        t.glued = gluedPrefixes;
        t.wordBits = wordBits;
        if (wordBits != null && (t.bits == null || t.bits.length != t.kind.length)) {
            t.bits = new int[t.kind.length];
        }
        t.scan();
        // one slot past the last token, read as a line break: a rule that looks at the gap after the
        // text's last token (t.gap[t.size]) sees the end of a line, not an index out of bounds
        if (t.size == t.kind.length) {
            t.grow();
        }
        t.gap[t.size] = 2;
        t.clear(t.size);
        t.glued = null;
        t.wordBits = null;
        t.annotated = wordBits != null;
        return t;
    }

    /** While scanning: the letter prefixes that may be glued to a number. */
    private java.util.Set<String> glued;
    /** While scanning: the table that gives each word its lexicon bits, or null. */
    private WordTable<Integer> wordBits;

    boolean isWord(int i) {
        return i >= lo && i < size && kind[i] == WORD;
    }

    boolean isNum(int i) {
        return i >= lo && i < size && kind[i] == NUM;
    }

    /** True when token {@code i} is a plain number with no letter suffix. */
    boolean isPlainNum(int i) {
        return isNum(i) && numEnd[i] == end[i];
    }

    boolean is(int i, char symbol) {
        return i >= lo && i < size && kind[i] == SYM && chars[start[i]] == symbol;
    }

    boolean isDash(int i) {
        if (i < lo || i >= size || kind[i] != SYM) {
            return false;
        }
        char c = chars[start[i]];
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }

    /** True when token {@code i} is written as a year: four plain digits from 1000 to 2100 ("2024", not "2,024"). */
    boolean isYear(int i) {
        return isPlainNum(i) && numFlags[i] == 0 && end[i] - start[i] == 4 && value[i] >= 1000 && value[i] <= 2100;
    }

    /**
     * Case-insensitive comparison of token {@code i} with a lower-case word. A lower-case word's
     * {@link String#hashCode()} (cached in the string) is the sum {@link WordTable#hash} mixes, so
     * the token's hash turns away nearly every other word before a character is compared.
     */
    boolean is(int i, String lowerWord) {
        if (i < lo || i >= size || hash[i] != WordTable.mix(lowerWord.hashCode())) {
            return false;
        }
        int s = start[i];
        int len = end[i] - s;
        if (len != lowerWord.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (WordTable.lower(chars[s + k]) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when token {@code i} touches the token before it (no whitespace between). */
    boolean adjacent(int i) {
        return i > lo && i < size && gap[i] == 0;
    }

    boolean capitalized(int i) {
        return i >= lo && i < size && kind[i] != NUM && Character.isUpperCase(chars[start[i]]);
    }

    boolean allCaps(int i) {
        if (i < lo || i >= size || kind[i] != WORD || end[i] - start[i] < 2) {
            return false;
        }
        for (int k = start[i]; k < end[i]; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    String text(int i) {
        return text.subSequence(start[i], end[i]).toString();
    }

    /** True when token {@code i} begins a sentence: first token, after a line break, or after . ! ? : or a quote. */
    boolean sentenceInitial(int i) {
        if (i <= lo || gap[i] == 2) {
            return true;
        }
        int p = i - 1;
        while (p >= lo && kind[p] == SYM && isQuote(chars[start[p]])) {
            p--;
        }
        if (p < lo) {
            return true;
        }
        if (kind[p] == SYM) {
            char c = text.charAt(start[p]);
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2014' && gap[i] != 0;
        }
        return false;
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '(' || c == '[';
    }

    /** Characters that may sit invisibly inside a number: zero-width and bidirectional marks. */
    static boolean digit(char c) {
        return c >= '0' && c <= '9' || c > 127 && Character.isDigit(c);
    }

    static boolean ignorable(char c) {
        return (c >= '\u200b' && c <= '\u200f') || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
    }

    static boolean groupSpace(char c) {
        return c == '\u00a0' || c == '\u2009' || c == '\u202f' || c == '\u2007';
    }

    private static final byte A_SYMBOL = 0, A_LETTER = 1, A_DIGIT = 2, A_SPACE = 3, A_BREAK = 4;
    /** The class of each ASCII character: control characters are spaces to us, line feed and return break lines. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? A_LETTER : c >= '0' && c <= '9' ? A_DIGIT
                    : c == '\n' || c == '\r' ? A_BREAK : c <= ' ' || c == 127 ? A_SPACE : A_SYMBOL;
        }
    }

    private void scan() {
        char[] s = chars;
        int n = s.length;
        int i = 0;
        byte pendingGap = 2;
        while (i < n) {
            char c = s[i];
            if (c < 128) {
                // ASCII fast path, one table look-up a character: most news text never leaves it
                switch (ASCII[c]) {
                    case A_LETTER -> {
                        i = scanWord(i, pendingGap);
                        pendingGap = 0;
                    }
                    case A_SPACE -> {
                        if (pendingGap == 0) {
                            pendingGap = 1;
                        }
                        i++;
                    }
                    case A_BREAK -> {
                        pendingGap = 2;
                        i++;
                    }
                    case A_DIGIT -> {
                        i = scanNumber(i, pendingGap);
                        pendingGap = 0;
                    }
                    default -> {
                        if (c == '.' && pendingGap != 0 && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
                            i = scanNumber(i, pendingGap); // ".25 percentage points": a decimal without its zero
                        } else {
                            add(SYM, i, i + 1, pendingGap, c);
                            i++;
                        }
                        pendingGap = 0;
                    }
                }
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ignorable(c)) {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    pendingGap = 2;
                } else if (pendingGap == 0) {
                    pendingGap = 1;
                }
                i++;
                continue;
            }
            int tokStart = i;
            if (Character.isDigit(c)) {
                i = scanNumber(tokStart, pendingGap);
            } else if (Character.isLetter(c)) {
                i = scanWord(tokStart, pendingGap);
            } else {
                int cp = Character.codePointAt(s, i, n);
                i += Character.charCount(cp);
                add(SYM, tokStart, i, pendingGap);
            }
            pendingGap = 0;
        }
    }

    private int scanWord(int from, byte g) {
        char[] s = chars;
        int n = s.length;
        int i = from;
        // the common case first: a run of ASCII letters, hashed (lower case) as it is read
        int h = 0;
        while (i < n && (char) ((s[i] | 0x20) - 'a') < 26) {
            h = 31 * h + (s[i] | 0x20);
            i++;
        }
        // a word ends at a space or at ASCII punctuation other than an apostrophe: the hot path stays small
        // enough for the compiler to inline into the scanning loop
        if (i >= n || s[i] <= ' ' || s[i] < 128 && ASCII[s[i]] == A_SYMBOL && s[i] != '\'') {
            add(WORD, from, i, g, WordTable.mix(h));
            return i;
        }
        return scanWordRest(from, i, g, h);
    }

    /**
     * True when the digits at {@code p} are written as an amount: with a decimal point or thousands
     * separator ("R2.5", "R1,200") or a scale ("R254bn", "R3 million"). A one-letter currency prefix is
     * split from its figure only then: "R2-D2" and "the R1 road" stay names.
     */
    private boolean moneyShaped(int p) {
        char[] s = chars;
        int n = s.length;
        while (p < n && s[p] >= '0' && s[p] <= '9') {
            p++;
        }
        if (p + 1 < n && (s[p] == '.' || s[p] == ',') && s[p + 1] >= '0' && s[p + 1] <= '9') {
            return true;
        }
        // a scale word of the lexicon, glued or after a space
        return scaleWordAt(p < n && s[p] == ' ' ? p + 1 : p);
    }

    /** The rest of a word that does not end at a space or punctuation: a glued currency, an apostrophe, digits, non-ASCII. */
    private int scanWordRest(int from, int i, byte g, int h) {
        char[] s = chars;
        int n = s.length;
        if (glued != null && s[i] >= '0' && s[i] <= '9' && i - from <= 3 && s[from] >= 'A' && s[from] <= 'Z'
                && (i - from > 1 || moneyShaped(i))
                && glued.contains(new String(s, from, i - from).toLowerCase(java.util.Locale.ROOT))) {
            add(WORD, from, i, g, WordTable.mix(h)); // the number that follows is its own token, adjacent
            return i;
        }
        boolean digits = false;
        while (i < n) {
            char c = s[i];
            if (c >= '\u2010' && c <= '\u206f' && c != '\u2019') {
                break; // dashes, curly quotes and other general punctuation end a word
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                i++;
            } else if (c < 128 && !(c >= '0' && c <= '9') && c != '\'') {
                break;
            } else if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (digit(c)) {
                digits = true;
                i++;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(s[i + 1]) && i > from) {
                i++;
            } else {
                break;
            }
        }
        add(digits ? ALNUM : WORD, from, i, g);
        return i;
    }

    private int scanNumber(int from, byte g) {
        char[] s = chars;
        int n = s.length;
        int i = from;
        int digitsSeen = 0;
        byte flags = 0;
        boolean decimal = false;
        boolean commaDecimal = false;
        boolean dotGroups = false;
        int lakh;
        int euro;
        while (i < n) {
            char c = s[i];
            if (digit(c)) {
                digitsSeen++;
                i++;
            } else if (ignorable(c) && i + 1 < n && digit(s[i + 1])) {
                i++;
            } else if ((c == ',' || groupSpace(c)) && !decimal && threeDigitsAt(i + 1)) {
                flags |= 1;
                i++;
            } else if (c == ',' && !decimal && flags == 0 && digitsSeen <= 2 && (lakh = lakhEnd(i)) > 0) {
                // "1,00,000", "12,34,567": Indian grouping, pairs of digits before the last three
                int e = lakh;
                for (int k = i; k < e; k++) {
                    digitsSeen += digit(s[k]) ? 1 : 0;
                }
                flags |= 1;
                i = e;
            } else if (c == '.' && !decimal && flags == 0 && digitsSeen <= 3 && (euro = europeanEnd(i)) > 0) {
                // "2.345,50", "1.234.567": dots between groups of three, as European copy writes thousands
                for (int k = i; k < euro; k++) {
                    if (s[k] == ',') {
                        decimal = true;
                        commaDecimal = true;
                        flags |= 2;
                    }
                    digitsSeen += digit(s[k]) ? 1 : 0;
                }
                flags |= 1;
                dotGroups = true;
                i = euro;
            } else if (c == '.' && !decimal && i + 1 < n && digit(s[i + 1])) {
                decimal = true;
                flags |= 2;
                i++;
            } else if (c == ',' && !decimal && flags == 0 && decimalCommaAt(i)) {
                // "3,5%": a decimal comma, as European copy writes it; a thousands comma has three digits after it
                decimal = true;
                commaDecimal = true;
                flags |= 2;
                i++;
            } else {
                break;
            }
        }
        int digitEnd = i;
        // a letter or digit run glued to the number: "bn", "th", "km", or an identifier like "4chan"
        int j = i;
        boolean laterDigit = false;
        while (j < n) {
            char c = s[j];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 127 && Character.isLetter(c)) {
                j++;
            } else if (digit(c) && j > digitEnd) {
                laterDigit = true;
                j++;
            } else {
                break;
            }
        }
        if (laterDigit || digitsSeen > MAX_DIGITS) {
            add(ALNUM, from, j, g);
            return j;
        }
        add(NUM, from, j, g);
        int t = size - 1;
        numEnd[t] = digitEnd;
        numFlags[t] = flags;
        value[t] = parseValue(from, digitEnd, commaDecimal, dotGroups);
        return j;
    }

    /**
     * Where a number written with European separators ends, from the dot at {@code p}: groups of three
     * digits after dots, then a comma and one or two decimals ("2.345,50"); or two or more such groups
     * without decimals ("1.234.567"). -1 otherwise: "2.345" alone is an English decimal.
     */
    private int europeanEnd(int p) {
        char[] s = chars;
        int n = s.length;
        int groups = 0;
        while (p + 3 < n && s[p] == '.' && digit(s[p + 1]) && digit(s[p + 2]) && digit(s[p + 3]) && (p + 4 >= n || !digit(s[p + 4]))) {
            groups++;
            p += 4;
        }
        if (groups > 0 && p + 1 < n && s[p] == ',' && digit(s[p + 1])) {
            int q = p + 1;
            while (q < n && digit(s[q]) && q - p <= 3) {
                q++;
            }
            return q - p <= 3 ? q : -1; // ",5" or ",50", and no third decimal
        }
        return groups >= 2 ? p : -1;
    }

    /**
     * A comma at {@code p} followed by one or two digits, then a percent sign or a scale word, glued or
     * after a space: "3,5%", "12,75 %", "€12,5 million", "1,2bn".
     */
    private boolean decimalCommaAt(int p) {
        char[] s = chars;
        int n = s.length;
        if (p + 2 >= n || !digit(s[p + 1])) {
            return false;
        }
        int q = digit(s[p + 2]) ? p + 3 : p + 2; // one or two digits: three would be a thousands group
        if (q >= n || digit(s[q])) {
            return false;
        }
        // "3,5%", "3,5 %", "12,5 million", "1,2 bln": a percent sign or a scale word of the lexicon after it
        int r = s[q] == ' ' || s[q] == '\u00a0' || s[q] == '\u202f' ? q + 1 : q;
        return r < n && (s[r] == '%' || scaleWordAt(r));
    }

    /** True when a scale word of the lexicon ("million", "bn") starts at {@code r} and ends a word. */
    private boolean scaleWordAt(int r) {
        char[] s = chars;
        int e = r;
        while (e < s.length && (char) ((s[e] | 0x20) - 'a') < 26) {
            e++;
        }
        return e > r && (e == s.length || !Character.isLetterOrDigit(s[e])) && wordBits != null
                && (wordBits.getInt(s, r, e, WordTable.hash(s, r, e), 0) & Lexicon.SCALES) != 0;
    }

    /**
     * Where a run of Indian digit groups that starts with the comma at {@code p} ends: one or more ",dd"
     * and then ",ddd" with no digit after; -1 when the digits after {@code p} are grouped otherwise.
     */
    private int lakhEnd(int p) {
        char[] s = chars;
        int n = s.length;
        int pairs = 0;
        while (p + 3 < n && s[p] == ',' && digit(s[p + 1]) && digit(s[p + 2])) {
            if (digit(s[p + 3])) {
                boolean lastThree = p + 4 >= n || !digit(s[p + 4]) && !(s[p + 4] == ',' && p + 5 < n && digit(s[p + 5]));
                return pairs > 0 && lastThree ? p + 4 : -1;
            }
            pairs++;
            p += 3;
        }
        return -1;
    }

    private boolean threeDigitsAt(int p) {
        char[] s = chars;
        int n = s.length;
        int count = 0;
        int q = p;
        while (q < n && count < 4) {
            char c = s[q];
            if (digit(c)) {
                count++;
                q++;
            } else if (ignorable(c)) {
                q++;
            } else {
                break;
            }
        }
        return count == 3;
    }

    private double parseValue(int from, int to, boolean commaDecimal, boolean dotGroups) {
        long whole = 0;
        long frac = 0;
        long fracScale = 1;
        boolean decimal = false;
        for (int k = from; k < to; k++) {
            char c = chars[k];
            if (dotGroups && c == '.') {
                continue;
            }
            if (c == '.' || commaDecimal && c == ',') {
                decimal = true;
                continue;
            }
            int d = c >= '0' && c <= '9' ? c - '0' : Character.digit(c, 10);
            if (d < 0) {
                continue;
            }
            if (!decimal) {
                whole = whole * 10 + d;
            } else if (fracScale < 1_000_000_000_000L) {
                frac = frac * 10 + d;
                fracScale *= 10;
            }
        }
        return whole + (double) frac / fracScale;
    }

    private void add(byte k, int s, int e, byte g) {
        add(k, s, e, g, WordTable.hash(chars, s, e));
    }

    /** A one-character ASCII symbol: its hash is that of its one (lower-case) character. */
    private void add(byte k, int s, int e, byte g, char c) {
        add(k, s, e, g, WordTable.mix(WordTable.lower(c)));
    }

    /** A token; a word gets its lexicon bits here, while its characters are still in the cache. */
    private void add(byte k, int s, int e, byte g, int h) {
        if (size == kind.length) {
            grow();
        }
        kind[size] = k;
        start[size] = s;
        end[size] = e;
        gap[size] = g;
        hash[size] = h;
        // every field of the slot is written, as a reused array holds an earlier text's tokens
        numEnd[size] = 0;
        value[size] = 0;
        numFlags[size] = 0;
        if (bits != null) {
            bits[size] = k == WORD && wordBits != null ? wordBits.getInt(chars, s, e, h, 0) : 0;
        }
        size++;
    }

    /** Slot {@code i} as a fresh array holds it, but for its gap. */
    private void clear(int i) {
        kind[i] = 0;
        start[i] = 0;
        end[i] = 0;
        numEnd[i] = 0;
        value[i] = 0;
        numFlags[i] = 0;
        hash[i] = 0;
        if (bits != null) {
            bits[i] = 0;
        }
    }

    private void grow() {
        int cap = size * 2;
        kind = Arrays.copyOf(kind, cap);
        start = Arrays.copyOf(start, cap);
        end = Arrays.copyOf(end, cap);
        numEnd = Arrays.copyOf(numEnd, cap);
        value = Arrays.copyOf(value, cap);
        numFlags = Arrays.copyOf(numFlags, cap);
        gap = Arrays.copyOf(gap, cap);
        hash = Arrays.copyOf(hash, cap);
        if (bits != null) {
            bits = Arrays.copyOf(bits, cap);
        }
    }
}
