package io.claimcheck.extract;

import static io.claimcheck.extract.Candidate.SKIP;

import java.util.ArrayList;
import java.util.List;

/**
 * One scan of one text. At each token it first asks whether a non-claim starts there (a date, a
 * clock time, a phone number, an identifier), then whether a number starts there (an atom); an
 * atom then grows by the rule sets in a fixed order, and the filters decide whether it is a claim.
 */
final class Scan {

    final Lexicon lx;
    final Tokens t;
    final List<Quantity> out = new ArrayList<>();
    final List<TimeMention> times = new ArrayList<>();
    int limit = Integer.MAX_VALUE;

    /**
     * For each shared currency sign this text uses, the currency it means here (computed on first use);
     * keyed by identity, as the lexicon holds one value per sign.
     */
    private java.util.Map<Lexicon.Currency, String> meant;
    /** Whether the text reports a match (1) or not (0), found out on first need (-1). */
    private int match = -1;

    /** True when the text reports a match ({@link Lexicon#reportsAMatch}), looked up once a scan. */
    boolean reportsAMatch() {
        if (match < 0) {
            match = lx.reportsAMatch(t) ? 1 : 0;
        }
        return match == 1;
    }

    final NonClaims nonClaims;
    final NumberAtoms atoms;
    final UnitRules units;
    final BoundRules bounds;
    final ChangeRules changes;
    final ClaimFilters filters;

    Scan(Lexicon lx, Tokens t) {
        this.lx = lx;
        this.t = t;
        this.nonClaims = new NonClaims(this);
        this.atoms = new NumberAtoms(this);
        this.units = new UnitRules(this);
        this.bounds = new BoundRules(this);
        this.changes = new ChangeRules(this);
        this.filters = new ClaimFilters(this);
    }

    void run() {
        int i = 0;
        byte[] kind = t.kind;
        int[] bits = t.bits;
        while (i < t.size && out.size() < limit) {
            // most words open nothing and start no "STS-133": step past them without the rules
            if (kind[i] == Tokens.WORD && (bits[i] & Lexicon.OPENER) == 0 && !t.isDash(i + 1)) {
                i++;
                continue;
            }
            // ASCII punctuation starts nothing but a phone number ("+44 ...") or a rank ("#3"); a fraction
            // sign ("½") is not ASCII
            if (kind[i] == Tokens.SYM) {
                char first = t.chars[t.start[i]];
                if (first != '+' && first != '#' && first < 128) {
                    i++;
                    continue;
                }
            }
            int next;
            try {
                next = step(i);
            } catch (RuntimeException e) {
                // lenient with text: one bad candidate is skipped, the rest still comes back
                next = i + 1;
            }
            i = Math.max(next, i + 1);
        }
    }

    /** Handles what starts at token i and returns the first token not yet handled. */
    int step(int i) {
        int j = nonClaims.nonClaim(i);
        if (j > i) {
            return j;
        }
        Candidate c = atoms.atom(i);
        if (c == null) {
            return i + 1;
        }
        build(c);
        if (c.type == SKIP) {
            return c.te;
        }
        emit(c);
        return c.te;
    }

    /**
     * Grows an atom into a claim, one rule set after another: the currency sign before it, what follows
     * it ({@link UnitRules#FOLLOWING}: scale, currency, unit, ...), a range, the qualifier and sign
     * before it, a unit shared with the figure before, a change; then its kind, and the filters.
     */
    void build(Candidate c) {
        if (c.type == SKIP) {
            return;
        }
        units.leftCurrency(c);
        units.right(c);
        bounds.range(c);
        bounds.left(c);
        bounds.sharedUnit(c);
        bounds.convertedBound(c);
        changes.change(c);
        changes.classify(c);
        if (filters.filtered(c)) {
            c.type = SKIP;
        }
    }

    void emit(Candidate c) {
        if (c.te <= c.ts || Double.isNaN(c.value) || Double.isInfinite(c.value)) {
            return;
        }
        double value = QuantityScanner.decimal(c.value);
        Double min = null;
        Double max = null;
        switch (c.bound) {
            case "lower" -> min = value;
            case "upper" -> max = value;
            case "range" -> {
                min = value;
                max = QuantityScanner.decimal(c.max);
            }
            default -> {
            }
        }
        out.add(new Quantity(t.start[c.ts], t.end[c.te - 1], c.kind, value, min, max, c.unit, c.bound,
                c.change, c.rule));
    }

    /**
     * The currency {@code cur} means in this text. A shared sign ("$", "¥", "dollars") means the
     * currency of its family that the text names most by its own forms ("A$", "US dollars", "yen");
     * when none is named, the one whose places the text names most ("Tokyo", "Japanese"); when none
     * is named either way, or two equally often, it means what it means alone.
     */
    String iso(Lexicon.Currency cur) {
        if (!cur.shared()) {
            return cur.iso();
        }
        if (meant == null) {
            meant = new java.util.IdentityHashMap<>();
        }
        return meant.computeIfAbsent(cur, this::named);
    }

    /**
     * A currency form of several words is written with a capital ("A$", "US dollars"); "a $5 bill"
     * names no Australian dollar. A one-letter word is glued to what follows it ("A$1bn", "R2.5
     * million"): "A $1bn-a-year business" opens with the article, and "won R 16 matches" names no rand.
     * {@code first} is the form's first token.
     */
    static boolean nameForm(Tokens t, PhraseTable.Match<Lexicon.Currency> m, int first) {
        if (t.isWord(first) && t.end[first] - t.start[first] == 1 && !t.adjacent(first + 1)) {
            return false;
        }
        return m.length() == 1 || Character.isUpperCase(t.chars[t.start[first]]);
    }

    /** The currency of the place word {@code k} names, in the possessive too ("Japan's"), or null. */
    private String place(int k) {
        String iso = lx.places.get(t, k);
        if (iso == null && filters.possessive(k)) {
            iso = lx.places.get(t.chars, t.start[k], t.end[k] - 2);
        }
        return iso;
    }

    private String named(Lexicon.Currency cur) {
        java.util.Map<String, Integer> votes = new java.util.HashMap<>();
        for (int k = 0; k < t.size; k++) {
            if ((lx.bits(t, k) & Lexicon.CURRENCIES) == 0) {
                continue; // every written form with a word in it begins with a word the lexicon marks
            }
            PhraseTable.Match<Lexicon.Currency> m = lx.currencies.at(t, k);
            if (m != null && !m.value().shared() && cur.family().contains(m.value().iso()) && nameForm(t, m, k)) {
                votes.merge(m.value().iso(), 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) {
            // no currency named by its own forms: the places the text names settle it ("Tokyo", "Japanese" make "¥" the yen)
            for (int k = 0; k < t.size; k++) {
                String iso = t.kind[k] == Tokens.WORD && t.capitalized(k) ? place(k) : null;
                if (iso != null && cur.family().contains(iso)) {
                    votes.merge(iso, 1, Integer::sum);
                }
            }
        }
        String best = cur.iso();
        int most = votes.getOrDefault(best, 0);
        boolean tie = false;
        for (var e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most && !e.getKey().equals(best)) {
                tie = true;
            }
        }
        return tie ? cur.iso() : best;
    }
}
