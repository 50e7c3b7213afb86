package io.claimcheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The English word lists the rules consult, read once from {@code lexicon/en/*.tsv} on the
 * class path into immutable tables. Every line is {@code surface<TAB>column...}; '#' starts a
 * comment. The instance is immutable and shared by all threads.
 */
public final class Lexicon {

    /** The files that make up the lexicon, in the order they are checked by tests. */
    public static final List<String> FILES = List.of("numbers", "scales", "vague", "ordinals", "fractions",
            "currencies", "units", "qualifiers", "changes", "multipliers", "months", "weekdays", "words",
            "attribution", "cues", "subunits", "places");

    record NumberWord(double value, String role) {
        /** "hundred", "thousand", "million", "dozen": a number word that multiplies what comes before it. */
        boolean magnitude() {
            return role.equals("hundred") || role.equals("scale") || role.equals("dozen");
        }
    }

    record Unit(String unit, String kind, double factor) {
    }

    /** The next, smaller unit of a figure written in several ("6ft 2in"): {@code per} of it make one {@code of}. */
    record Subunit(String of, String unit, int per) {
    }

    /**
     * A currency as a surface writes it. A sign that several currencies write ("$", "¥", "dollars")
     * is {@code shared}: its {@code family} is every currency whose written forms contain it, and a
     * text means by it the one of them it names ({@link Scan#iso}); {@code iso} is what it means alone.
     */
    record Currency(String iso, boolean pre, boolean post, Set<String> family) {
        boolean shared() {
            return !family.isEmpty();
        }
    }

    record Multiplier(double value, String change) {
    }

    final WordTable<NumberWord> numbers;
    final PhraseTable<Double> scales;
    final PhraseTable<Double> vague;
    final WordTable<Integer> ordinals;
    final PhraseTable<Double> fractions;
    /** Words that can follow "a" or "an" in a quantity ("a third", "a couple of", "a decade", "a million"). */
    final WordTable<Boolean> afterArticle;
    final PhraseTable<Currency> currencies;
    /** Currency prefixes that news writes glued to the number ("Rs500", "Sh2.5m"), lower case. */
    final Set<String> gluedCurrencies;
    final PhraseTable<Unit> units;
    /** Places that settle a shared currency sign ("Japan" makes "¥" the yen): word to ISO 4217. */
    final WordTable<String> places;
    /** The surfaces of the smaller units of a figure written in several, each with the units it may follow. */
    final Map<String, List<Subunit>> subunits;
    final PhraseTable<String> qualifiers;
    final PhraseTable<String> postQualifiers;
    final WordTable<String> changes;
    /** Change words that state a change only when followed by "by" or "of". */
    final WordTable<Boolean> byOnlyChanges;
    final WordTable<Multiplier> multipliers;
    final WordTable<Integer> months;
    final WordTable<Integer> weekdays;
    final PhraseTable<String> attributionCues;
    final int entryCount;
    /**
     * Every word the rules know, with bits for each table it is in and each kind of phrase it can
     * start: one look-up per word serves every rule.
     */
    final WordTable<Integer> wordBits;

    /** Word classes from words.tsv, as bits. */
    static final int AUX = 1, DET = 2, FUNC = 4, TIMEPREP = 8, LABEL = 16, LOCATOR = 32, EVTIME = 64,
            AGEPRE = 128, PRON = 256, AGECUE = 512, VERB = 1024, NUMVERB = 2048;
    static final int CLASS_MASK = (1 << 12) - 1;
    /** Further bits of a word: which tables it is in, or which phrases it can start. */
    static final int OPENER = 1 << 12, TIMEWORD = 1 << 13, MONTH = 1 << 14, WEEKDAY = 1 << 15, SCALES = 1 << 16,
            VAGUE = 1 << 17, FRACTIONS = 1 << 18, CURRENCIES = 1 << 19, UNITS = 1 << 20, QUALIFIERS = 1 << 21,
            POSTQUALIFIERS = 1 << 22, ATTRIBUTION = 1 << 23, NUMBERS = 1 << 24, ORDINALS = 1 << 25, CHANGES = 1 << 26,
            MULTIPLIERS = 1 << 27, TITLE = 1 << 28, STREET = 1 << 29,
            /** A currency written as this one word ("yen", "rupees"); CURRENCIES marks every word a currency's form starts with. */
            CURRENCY_WORD = 1 << 30;
    /**
     * The bits of a known word rather than a name. A currency counts only as its own word: "Saudi" and
     * "Swiss" start currencies ("Saudi riyals") and are names still.
     */
    static final int KNOWN_MASK = CLASS_MASK | MONTH | WEEKDAY | NUMBERS | ORDINALS | CHANGES | MULTIPLIERS | QUALIFIERS
            | CURRENCY_WORD | VAGUE | FRACTIONS;
    private static final Map<String, Integer> CLASS_BITS = Map.ofEntries(Map.entry("aux", AUX), Map.entry("det", DET),
            Map.entry("func", FUNC), Map.entry("timeprep", TIMEPREP), Map.entry("label", LABEL),
            Map.entry("locator", LOCATOR), Map.entry("evtime", EVTIME), Map.entry("agepre", AGEPRE),
            Map.entry("pron", PRON), Map.entry("agecue", AGECUE), Map.entry("verb", VERB), Map.entry("numverb", NUMVERB));

    private final WordTable<Long> cues;

    private static final class Holder {
        static final Lexicon ENGLISH = load("lexicon/en/");
    }

    /** The English lexicon, loaded on first use. */
    public static Lexicon english() {
        return Holder.ENGLISH;
    }

    private Lexicon(Map<String, List<String[]>> files) {
        int count = 0;
        for (List<String[]> rows : files.values()) {
            count += rows.size();
        }
        entryCount = count;
        numbers = new WordTable<>(map(files.get("numbers"), r -> new NumberWord(Double.parseDouble(r[1]), r[2])));
        scales = phrases(files.get("scales"), r -> Double.parseDouble(r[1]), SCALES);
        vague = phrases(files.get("vague"), r -> Double.parseDouble(r[1]), VAGUE);
        ordinals = new WordTable<>(map(files.get("ordinals"), r -> Integer.parseInt(r[1])));
        fractions = phrases(files.get("fractions"), r -> Double.parseDouble(r[1]), FRACTIONS);
        // the words that can follow "a"/"an" in a quantity: "a third", "a couple of", "a decade", "a million"
        Map<String, Boolean> afterA = new HashMap<>();
        for (String file : List.of("vague", "fractions", "multipliers", "ordinals")) {
            for (String[] r : files.get(file)) {
                Tokens t = Tokens.of(r[0]);
                if (t.size > 1 && (t.is(0, "a") || t.is(0, "an"))) {
                    afterA.put(t.text(1).toLowerCase(java.util.Locale.ROOT), Boolean.TRUE);
                }
            }
        }
        for (String[] r : files.get("numbers")) {
            if (new NumberWord(0, r[2]).magnitude()) {
                afterA.put(r[0].toLowerCase(java.util.Locale.ROOT), Boolean.TRUE);
            }
        }
        for (String w : List.of("couple", "decade", "century", "point")) {
            afterA.put(w, Boolean.TRUE);
        }
        afterArticle = new WordTable<>(afterA);
        Map<String, Long> cueWords = new HashMap<>();
        for (String[] r : files.get("cues")) {
            Cue cue = Cue.named(r[1]);
            if (cue == null) {
                throw new IllegalStateException("cues.tsv: unknown cue '" + r[1] + "' for '" + r[0] + "'");
            }
            cueWords.merge(r[0], cue.bit, (a, b) -> a | b);
        }
        cues = new WordTable<>(cueWords);
        Set<String> glued = new HashSet<>();
        for (String[] r : files.get("currencies")) {
            if (flagged(r, 3, "glued")) {
                glued.add(r[0]);
            }
        }
        gluedCurrencies = Set.copyOf(glued);
        List<String[]> currencyRows = files.get("currencies");
        currencies = phrases(currencyRows,
                r -> new Currency(r[1], !r[2].equals("post"), !r[2].equals("pre"),
                        flagged(r, 3, "shared") ? family(r[0], currencyRows) : Set.of()), CURRENCIES);
        places = new WordTable<>(map(files.get("places"), r -> r[1]));
        units = phrases(files.get("units"),
                r -> new Unit(r[1], r[2], r.length > 3 && !r[3].equals("exact") ? Double.parseDouble(r[3]) : 1.0), UNITS);
        Map<String, List<Subunit>> subs = new HashMap<>();
        for (String[] r : files.get("subunits")) {
            subs.computeIfAbsent(r[0].toLowerCase(java.util.Locale.ROOT), x -> new ArrayList<>())
                    .add(new Subunit(r[1], r[2], Integer.parseInt(r[3])));
        }
        subs.replaceAll((k, v) -> List.copyOf(v));
        subunits = Map.copyOf(subs);
        List<String[]> pre = new ArrayList<>();
        List<String[]> post = new ArrayList<>();
        for (String[] r : files.get("qualifiers")) {
            (r[2].equals("post") ? post : pre).add(r);
        }
        qualifiers = phrases(pre, r -> r[1], QUALIFIERS);
        postQualifiers = phrases(post, r -> r[1], POSTQUALIFIERS);
        changes = new WordTable<>(map(files.get("changes"), r -> r[1]));
        List<String[]> byOnly = new ArrayList<>();
        for (String[] r : files.get("changes")) {
            if (r.length > 2 && r[2].equals("by-only")) {
                byOnly.add(r);
            }
        }
        byOnlyChanges = new WordTable<>(map(byOnly, r -> Boolean.TRUE));
        multipliers = new WordTable<>(map(files.get("multipliers"),
                r -> new Multiplier(Double.parseDouble(r[1]), r[2].equals("-") ? null : r[2])));
        months = new WordTable<>(map(files.get("months"), r -> Integer.parseInt(r[1])));
        weekdays = new WordTable<>(map(files.get("weekdays"), r -> Integer.parseInt(r[1])));
        Map<String, Integer> classes = new HashMap<>();
        Map<String, Integer> titles = new HashMap<>();
        for (String[] r : files.get("words")) {
            if (r[1].equals("title")) {
                titles.merge(r[0], TITLE, (x, y) -> x | y);
                continue;
            }
            if (r[1].equals("street")) {
                titles.merge(r[0], STREET, (x, y) -> x | y);
                continue;
            }
            Integer bit = CLASS_BITS.get(r[1]);
            if (bit == null) {
                throw new IllegalStateException("unknown word class " + r[1] + " for " + r[0]);
            }
            classes.merge(r[0], bit, (a, b) -> a | b);
        }
        attributionCues = phrases(files.get("attribution"), r -> r[1], ATTRIBUTION);
        Map<String, Integer> wb = new HashMap<>(classes);
        titles.forEach((w, b) -> wb.merge(w, b, (x, y) -> x | y));
        addFirstWords(wb, files.get("numbers"), NUMBERS | OPENER);
        addFirstWords(wb, files.get("vague"), VAGUE | OPENER);
        addFirstWords(wb, files.get("ordinals"), ORDINALS | OPENER | TIMEWORD);
        addFirstWords(wb, files.get("fractions"), FRACTIONS | OPENER);
        addFirstWords(wb, files.get("multipliers"), MULTIPLIERS | OPENER);
        addFirstWords(wb, files.get("months"), MONTH | OPENER | TIMEWORD);
        addFirstWords(wb, files.get("weekdays"), WEEKDAY | TIMEWORD);
        addFirstWords(wb, files.get("scales"), SCALES);
        addFirstWords(wb, files.get("currencies"), CURRENCIES, CURRENCY_WORD);
        addFirstWords(wb, files.get("units"), UNITS);
        addFirstWords(wb, pre, QUALIFIERS);
        addFirstWords(wb, post, POSTQUALIFIERS);
        addFirstWords(wb, files.get("attribution"), ATTRIBUTION);
        addFirstWords(wb, files.get("changes"), CHANGES);
        for (String w : List.of("a", "an", "no", "twice", "minus")) {
            wb.merge(w, OPENER, (x, y) -> x | y);
        }
        for (String w : List.of("yesterday", "today", "tonight", "last", "this", "next", "past", "the")) {
            wb.merge(w, TIMEWORD, (x, y) -> x | y);
        }
        wordBits = new WordTable<>(wb);
    }

    /** True when row {@code r} carries {@code flag} in one of its columns from {@code from} on. */
    private static boolean flagged(String[] r, int from, String flag) {
        for (int k = from; k < r.length; k++) {
            if (r[k].equals(flag)) {
                return true;
            }
        }
        return false;
    }

    /** The currencies a shared sign may stand for: those with a written form that has the sign as a word ("A $", "US dollars"). */
    private static Set<String> family(String sign, List<String[]> rows) {
        Set<String> isos = new HashSet<>();
        for (String[] r : rows) {
            if ((" " + r[0] + " ").contains(" " + sign + " ")) {
                isos.add(r[1]);
            }
        }
        return Set.copyOf(isos);
    }

    private static void addFirstWords(Map<String, Integer> bits, List<String[]> rows, int bit) {
        addFirstWords(bits, rows, bit, 0);
    }

    /** As above; a row that is one word alone also gives that word {@code wholeBit}. */
    private static void addFirstWords(Map<String, Integer> bits, List<String[]> rows, int bit, int wholeBit) {
        for (String[] r : rows) {
            Tokens t = Tokens.of(r[0]);
            if (t.size > 0 && t.kind[0] == Tokens.WORD) {
                bits.merge(t.text(0).toLowerCase(java.util.Locale.ROOT), t.size == 1 ? bit | wholeBit : bit, (x, y) -> x | y);
            }
        }
    }

    /** The text's tokens, each word annotated with its lexicon bits as it is read; later rules read the bits. */
    Tokens tokens(CharSequence text) {
        return Tokens.of(text, gluedCurrencies, wordBits);
    }

    /** As {@link #tokens(CharSequence)}, reusing the arrays of {@code spare}, which no one reads any more. */
    Tokens tokens(CharSequence text, Tokens spare) {
        return Tokens.of(text, gluedCurrencies, wordBits, spare);
    }

    /** The lexicon bits of token {@code i} (0 for anything but a word). */
    int bits(Tokens t, int i) {
        if (i < t.lo || i >= t.size || t.kind[i] != Tokens.WORD) {
            return 0;
        }
        if (t.annotated) {
            return t.bits[i];
        }
        return wordBits.getInt(t, i, 0);
    }

    /**
     * The change verb before "a" and one or two lower-case words that describe the figure after token
     * {@code last} ("fell a record 12%", "rose a seasonally adjusted 0.3%"), or the "by" there ("grew by an
     * annual 2.3%"), or -1.
     */
    int changeBeforeArticle(Tokens t, int last) {
        for (int a = last - 1; a >= Math.max(t.lo, last - 2); a--) {
            if (!t.isWord(a + 1) || t.capitalized(a + 1) || hasClass(t, a + 1, FUNC | DET | AUX)) {
                return -1;
            }
            if ((t.is(a, "a") || t.is(a, "an")) && t.isWord(a - 1) && (changes.get(t, a - 1) != null || t.is(a - 1, "by"))) {
                return a - 1;
            }
        }
        return -1;
    }

    /** True when the text of {@code t} reports a match: a word of it is a match-word cue ("goals", "referee"). */
    boolean reportsAMatch(Tokens t) {
        for (int k = t.lo; k < t.size; k++) {
            if (t.kind[k] == Tokens.WORD && cue(t, k, Cue.MATCH_WORD)) {
                return true;
            }
        }
        return false;
    }

    /** True when the word at {@code i} can open a quantity or a date. */
    boolean opens(Tokens t, int i) {
        return (bits(t, i) & OPENER) != 0;
    }

    /** How many entries the lexicon holds, over all files. */
    public int size() {
        return entryCount;
    }

    int classes(Tokens t, int i) {
        return bits(t, i) & CLASS_MASK;
    }

    boolean hasClass(Tokens t, int i, int bit) {
        return (classes(t, i) & bit) != 0;
    }

    /** True when the word at {@code i} carries {@code cue}. */
    boolean cue(Tokens t, int i, Cue cue) {
        return i >= t.lo && i < t.size && t.kind[i] == Tokens.WORD && (cueBits(t, i) & cue.bit) != 0;
    }

    private long cueBits(Tokens t, int i) {
        Long bits = cues.get(t, i);
        return bits == null ? 0 : bits;
    }

    /** True when the word at {@code i} is in any table, so it is a known word rather than a name. */
    boolean known(Tokens t, int i) {
        return (bits(t, i) & KNOWN_MASK) != 0;
    }

    private interface RowMapper<V> {
        V map(String[] row);
    }

    private static <V> Map<String, V> map(List<String[]> rows, RowMapper<V> mapper) {
        Map<String, V> m = new LinkedHashMap<>();
        for (String[] r : rows) {
            m.put(r[0], mapper.map(r));
        }
        return m;
    }

    private static <V> PhraseTable<V> phrases(List<String[]> rows, RowMapper<V> mapper, int bit) {
        Set<String> exact = new HashSet<>();
        for (String[] r : rows) {
            if (r.length > 2 && r[r.length - 1].equals("exact")) {
                exact.add(r[0]);
            }
        }
        return new PhraseTable<>(map(rows, mapper), exact, bit);
    }

    static Lexicon load(String base) {
        Map<String, List<String[]>> files = new HashMap<>();
        for (String name : FILES) {
            files.put(name, readTsv(base + name + ".tsv"));
        }
        return new Lexicon(files);
    }

    static List<String[]> readTsv(String resource) {
        ClassLoader cl = Lexicon.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon file missing from the class path: " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected at least two tab-separated columns");
                }
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
