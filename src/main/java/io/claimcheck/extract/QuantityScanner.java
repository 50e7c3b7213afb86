package io.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the tokens of a text that finds every quantity it states and every date that
 * only places something in time. At each token the scanner first asks whether a non-claim
 * starts there (a date, a clock time, a phone number, an identifier such as "STS-133"), then
 * whether a number starts there; a number grows to the right (scale, unit, currency, range)
 * and to the left (currency sign, qualifier, change verb), and the filters then decide whether
 * it is a claim. Every look-up is a table look-up over a bounded window, so the time is linear
 * in the length of the text. Instances are immutable and thread-safe.
 */
public final class QuantityScanner {

    /** What the scanner found in one text; {@code tokens} lets later stages reuse the tokenization. */
    public record Result(List<Quantity> quantities, List<TimeMention> times, Tokens tokens) {
    }

    private final Lexicon lx;

    public QuantityScanner(Lexicon lexicon) {
        this.lx = lexicon;
    }

    public Result scan(CharSequence text) {
        return scan(text, Integer.MAX_VALUE);
    }

    /** Scans until {@code limit} quantities are found. */
    public Result scan(CharSequence text, int limit) {
        Tokens tokens = lx.tokens(text);
        Run run = new Run(lx, tokens);
        run.limit = limit;
        run.run();
        return new Result(List.copyOf(run.out), List.copyOf(run.times), run.t);
    }

    // atom types
    private static final int CARD = 1, ORD = 2, FRAC = 3, VAGUE = 4, MULT = 5, RANK = 6, TWICE = 7;

    /** A candidate being grown into a claim. */
    private static final class Cand {
        int ts, te;          // token range of the whole span
        int coreS, coreE;    // token range of the number itself
        int type;
        double value;
        double max = Double.NaN;
        String kind;
        String unit;
        String bound = "exact";
        String change;
        boolean spelled;
        boolean scaled;
        boolean qualified;
        boolean money;
        boolean fractionWord;
        double scale = 1;
        String rule = "<number>";
    }

    private static final class Run {
        final Lexicon lx;
        final Tokens t;
        final List<Quantity> out = new ArrayList<>();
        final List<TimeMention> times = new ArrayList<>();
        int limit = Integer.MAX_VALUE;

        Run(Lexicon lx, Tokens t) {
            this.lx = lx;
            this.t = t;
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
            int j = nonClaim(i);
            if (j > i) {
                return j;
            }
            Cand c = atom(i);
            if (c == null) {
                return i + 1;
            }
            build(c);
            if (c.type == -1) {
                return c.te;
            }
            emit(c);
            return c.te;
        }

        // ------------------------------------------------------------------ atoms

        Cand atom(int i) {
            if (i >= t.size) {
                return null;
            }
            byte k = t.kind[i];
            if (k == Tokens.NUM) {
                return numericAtom(i);
            }
            if (k == Tokens.WORD) {
                return lx.opens(t, i) ? wordAtom(i) : null;
            }
            PhraseTable.Match<Double> sign = k == Tokens.SYM && t.chars[t.start[i]] >= 128 ? lx.fractions.at(t, i) : null;
            if (sign != null && sign.length() == 1) {
                Cand c = cand(i, i + 1, FRAC, round4(sign.value()));
                c.rule = "<fraction sign>";
                return c;
            }
            if (k == Tokens.SYM && t.is(i, '#') && t.isPlainNum(i + 1) && t.adjacent(i + 1)) {
                Cand c = cand(i, i + 2, RANK, t.value[i + 1]);
                c.coreS = i + 1;
                c.rule = "#<number>";
                return c;
            }
            return null;
        }

        Cand cand(int s, int e, int type, double value) {
            Cand c = new Cand();
            c.ts = c.coreS = s;
            c.te = c.coreE = e;
            c.type = type;
            c.value = value;
            return c;
        }

        Cand numericAtom(int i) {
            double v = t.value[i];
            boolean integer = t.numFlags[i] < 2;
            // "3½": a whole number and a fraction sign
            PhraseTable.Match<Double> sign = t.isPlainNum(i) && integer && t.adjacent(i + 1) && t.kind[i + 1] == Tokens.SYM
                    && t.chars[t.start[i + 1]] >= 128 ? lx.fractions.at(t, i + 1) : null;
            if (sign != null && sign.length() == 1) {
                Cand c = cand(i, i + 2, CARD, v + round4(sign.value()));
                c.rule = "<whole><fraction sign>";
                return c;
            }
            // 3-1/2: a whole number and a fraction joined by a hyphen
            if (t.isPlainNum(i) && integer && t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2)
                    && t.isPlainNum(i + 2) && t.is(i + 3, '/') && t.adjacent(i + 3) && t.isNum(i + 4) && t.adjacent(i + 4)) {
                double f = fraction(i + 2, i + 4);
                if (!Double.isNaN(f)) {
                    Cand c = cand(i, i + 5, CARD, v + f);
                    c.rule = "<whole>-<fraction>";
                    return c;
                }
            }
            if (t.isPlainNum(i) && t.is(i + 1, '/') && t.adjacent(i + 1) && t.isNum(i + 2) && t.adjacent(i + 2)) {
                if (t.is(i + 3, '/') && t.adjacent(i + 3) && t.isNum(i + 4) && t.adjacent(i + 4)) {
                    return skip(i, i + 5); // 5/6/2021: a date
                }
                double f = fraction(i, i + 2);
                if (Double.isNaN(f) || !FRACTION_DENOMINATORS.contains((int) t.value[i + 2])) {
                    return skip(i, i + 3); // 24/7, 9/11: not a share of anything
                }
                Cand c = cand(i, i + 3, FRAC, round4(f));
                c.rule = "<fraction>";
                return c;
            }
            if (t.numEnd[i] < t.end[i]) {
                int a = t.numEnd[i];
                int b = t.end[i];
                String suffix = t.text.subSequence(a, b).toString().toLowerCase(java.util.Locale.ROOT);
                if (integer && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
                    Cand c = cand(i, i + 1, ORD, v);
                    c.rule = "<ordinal>";
                    return c;
                }
                // "5bn", "2.5k", "NZ$26m": a scale from the lexicon glued to the number
                Tokens lowerSuffix = Tokens.of(suffix);
                PhraseTable.Match<Double> sm = lowerSuffix.size == 1 ? lx.scales.at(lowerSuffix, 0) : null;
                if (sm != null && b - a == 1) {
                    boolean priced = lx.currencies.endingAt(t, i, 2) != null;
                    char letter = t.chars[a];
                    if (!priced && (letter == 'M' || letter == 'K')) {
                        return skip(i, i + 1); // "3M", "4K": names, not millions or thousands
                    }
                    boolean event = t.is(i - 1, "the") && (i + 1 >= t.size || t.kind[i + 1] == Tokens.SYM || t.gap[i + 1] == 2);
                    if (!priced && letter == 'm' && (event // "she won the 200m."
                            || lx.cue(t, i + 1, Lexicon.CUE_METRE_CONTEXT)
                            // "the 10,000m", "1500m": millions that large are written in billions
                            || integer && v >= 1000 && lx.currencies.at(t, i + 1) == null)) {
                        sm = null; // "the 100m final", "a 30m drop": metres
                    }
                }
                if (sm != null) {
                    Cand c = cand(i, i + 1, CARD, v * sm.value());
                    c.scaled = true;
                    c.scale = sm.value();
                    c.rule = "<number><scale>";
                    return c;
                }
                if (b - a == 1 && t.chars[a] == 'p' && v < 200 && lx.currencies.endingAt(t, i, 2) == null) {
                    // "12p a litre", "99p": pence glued to the figure ("720p" and "1080p" are screen sizes)
                    Cand c = cand(i, i + 1, CARD, v);
                    c.money = true;
                    c.kind = "money";
                    c.unit = "GBP";
                    c.value = v / 100;
                    c.rule = "<number>p";
                    return c;
                }
                Tokens sufTok = Tokens.of(t.text.subSequence(a, b));
                PhraseTable.Match<Lexicon.Unit> um = sufTok.size == 1 ? lx.units.at(sufTok, 0) : null;
                Lexicon.Unit u = um == null ? null : um.value();
                if (u != null && u.unit().startsWith("°") && lx.hasClass(t, i - 1, Lexicon.LOCATOR)) {
                    u = null; // "room 5C", "seat 12F": a label, not a temperature
                }
                int te = i + 1;
                // "100km/h", "9.5mb/d": a compound unit glued to the figure, read on over the slash
                if (t.is(i + 1, '/') && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isWord(i + 2)) {
                    Tokens compound = Tokens.of(t.text.subSequence(a, t.end[i + 2]));
                    PhraseTable.Match<Lexicon.Unit> cm = compound.size == 3 ? lx.units.at(compound, 0) : null;
                    if (cm != null && cm.length() == 3) {
                        u = cm.value();
                        te = i + 3;
                    }
                }
                if (u != null && !suffix.equals("am") && !suffix.equals("pm")) {
                    Cand c = cand(i, te, CARD, v);
                    applyUnit(c, u);
                    c.rule = "<number><unit>";
                    return c;
                }
                return skip(i, i + 1);
            }
            return cand(i, i + 1, CARD, v);
        }

        double fraction(int num, int den) {
            if (!t.isPlainNum(num) || !t.isPlainNum(den) || t.numFlags[num] != 0 || t.numFlags[den] != 0) {
                return Double.NaN;
            }
            double a = t.value[num];
            double b = t.value[den];
            if (b < 2 || b > 100 || a < 1 || a >= b) {
                return Double.NaN;
            }
            return a / b;
        }

        /** A span that is consumed and yields nothing. */
        Cand skip(int s, int e) {
            Cand c = cand(s, e, -1, 0);
            c.type = -1;
            return c;
        }

        Cand wordAtom(int i) {
            if (article(i) && t.isWord(i + 1) && lx.afterArticle.get(t, i + 1) == null) {
                return null; // "a", "an" open a quantity only before the words that make one
            }
            PhraseTable.Match<Double> vague = lx.vague.at(t, i);
            if (vague != null && t.is(i, "scores") && !t.is(i + vague.length(), "of")) {
                return null; // "test scores rose": only "scores of people" is a vague number
            }
            if (vague != null) {
                Cand c = cand(i, i + vague.length(), VAGUE, vague.value());
                c.spelled = true;
                c.rule = "<vague magnitude>";
                return c;
            }
            PhraseTable.Match<Double> frac = lx.fractions.at(t, i);
            if (frac != null) {
                Cand c = cand(i, i + frac.length(), FRAC, frac.value());
                c.spelled = true;
                c.fractionWord = true;
                c.rule = "<fraction word>";
                return c;
            }
            Lexicon.Multiplier mult = lx.multipliers.get(t, i);
            if (mult != null && !(t.isDash(i + 1) && t.adjacent(i + 1))) {
                String w = t.text(i).toLowerCase(java.util.Locale.ROOT);
                // "could double", "plans to triple": the bare verb after a modal or "to"; not "a double room"
                boolean bareVerb = lx.hasClass(t, i - 1, Lexicon.AUX) || t.is(i - 1, "to");
                if (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("es") || w.endsWith("les") || w.endsWith("fold") || bareVerb) {
                    Cand c = cand(i, i + 1, MULT, mult.value());
                    c.change = mult.change();
                    c.rule = "<multiplier verb>";
                    return c;
                }
            }
            if (t.is(i, "no") && t.capitalized(i) && t.is(i + 1, '.') && t.adjacent(i + 1) && t.isPlainNum(i + 2)) {
                Cand c = cand(i, i + 3, RANK, t.value[i + 2]);
                c.rule = "No. <number>";
                return c;
            }
            if (t.is(i, "twice")) {
                Cand c = cand(i, i + 1, TWICE, 2);
                c.spelled = true;
                return c;
            }
            Integer ord = lx.ordinals.get(t, i);
            if (ord != null) {
                Cand c = cand(i, i + 1, ORD, ord);
                c.spelled = true;
                c.rule = "<ordinal word>";
                return c;
            }
            int first = i;
            // "a couple of hundred": about twice the magnitude
            if (t.is(i, "a") && t.is(i + 1, "couple") && t.is(i + 2, "of") && t.isWord(i + 3)) {
                Lexicon.NumberWord nw = lx.numbers.get(t, i + 3);
                if (magnitude(nw)) {
                    Cand c = cand(i, i + 4, CARD, 2 * nw.value());
                    c.spelled = true;
                    c.scaled = true;
                    c.bound = "approximate";
                    c.qualified = true;
                    c.rule = "a couple of <scale>";
                    return c;
                }
            }
            if (article(i) && t.isWord(i + 1)) {
                Lexicon.NumberWord nw = lx.numbers.get(t, i + 1);
                if (magnitude(nw)) {
                    first = i + 1;
                } else if (t.is(i + 1, "decade") || t.is(i + 1, "century")) {
                    Cand c = cand(i, i + 1, CARD, 1);
                    c.spelled = true;
                    c.rule = "a <duration unit>";
                    return c;
                } else {
                    return null;
                }
            }
            Cand c = spelled(first);
            if (c != null) {
                c.ts = c.coreS = i;
            }
            return c;
        }

        /** Spelled-out cardinals: "twenty-three", "two hundred and fifty", "five thousand", "a dozen". */
        Cand spelled(int i) {
            double total = 0;
            double current = 0;
            int j = i;
            int last = -1;
            String prevRole = null;
            while (j < t.size && t.kind[j] == Tokens.WORD) {
                if (j > i && t.gap[j] == 2) {
                    break;
                }
                Lexicon.NumberWord w = lx.numbers.get(t, j);
                if (w == null) {
                    if (t.is(j, "and") && last == j - 1 && ("hundred".equals(prevRole) || "scale".equals(prevRole))
                            && isSmallNumberWord(j + 1)) {
                        j++;
                        continue;
                    }
                    break;
                }
                String role = w.role();
                double v = w.value();
                if (last >= 0) {
                    boolean ok = switch (role) {
                        case "unit", "teen" -> current % 100 == 0 || ("tens".equals(prevRole) && role.equals("unit"));
                        case "tens" -> current % 100 == 0;
                        default -> true;
                    };
                    if (!ok || ("unit".equals(prevRole) || "teen".equals(prevRole)) && (role.equals("unit") || role.equals("teen") || role.equals("tens"))) {
                        break;
                    }
                }
                switch (role) {
                    case "hundred" -> current = (current == 0 ? 1 : current) * 100;
                    case "scale" -> {
                        total += (current == 0 ? 1 : current) * v;
                        current = 0;
                    }
                    case "dozen" -> current = (current == 0 ? 1 : current) * 12;
                    default -> current += v;
                }
                last = j;
                prevRole = role;
                j++;
                // twenty-three
                if ("tens".equals(role) && t.isDash(j) && t.adjacent(j) && t.adjacent(j + 1) && isUnitWord(j + 1)) {
                    j++;
                }
            }
            if (last < 0) {
                return null;
            }
            Cand half = andAHalf(i, last + 1, total, current);
            if (half != null) {
                return half;
            }
            Cand c = cand(i, last + 1, CARD, total + current);
            c.spelled = true;
            c.rule = "<spelled number>";
            return c;
        }

        /** "one-and-a-half", "two and a half million": a small spelled number and a half, perhaps scaled. */
        Cand andAHalf(int i, int k, double total, double current) {
            if (total != 0 || current <= 0 || current >= 100) {
                return null;
            }
            boolean joined = t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1);
            int a = joined ? k + 1 : k;
            int b = a + 1 + (joined ? 1 : 0);
            int h = b + 1 + (joined ? 1 : 0);
            if (!t.is(a, "and") || !t.is(b, "a") || !t.is(h, "half") || joined && !(t.isDash(a + 1) && t.isDash(b + 1))) {
                return null;
            }
            Cand c = cand(i, h + 1, CARD, current + 0.5);
            Lexicon.NumberWord scale = t.isWord(h + 1) ? lx.numbers.get(t, h + 1) : null;
            if (scale != null && scale.role().equals("scale")) {
                c.value *= scale.value();
                c.scaled = true;
                c.scale = scale.value();
                c.te = c.coreE = h + 2;
            }
            c.spelled = true;
            c.rule = "<spelled number> and a half";
            return c;
        }

        boolean isSmallNumberWord(int j) {
            if (!t.isWord(j)) {
                return false;
            }
            Lexicon.NumberWord w = lx.numbers.get(t, j);
            return w != null && (w.role().equals("unit") || w.role().equals("teen") || w.role().equals("tens"));
        }

        /** "hundred", "thousand", "million", "dozen": a number word that multiplies what comes before it. */
        static boolean magnitude(Lexicon.NumberWord nw) {
            return nw != null && (nw.role().equals("hundred") || nw.role().equals("scale") || nw.role().equals("dozen"));
        }

        boolean isUnitWord(int j) {
            if (!t.isWord(j)) {
                return false;
            }
            Lexicon.NumberWord w = lx.numbers.get(t, j);
            return w != null && w.role().equals("unit");
        }

        // ------------------------------------------------------------------ growing a candidate

        void build(Cand c) {
            if (c.type == -1) {
                return;
            }
            leftCurrency(c);
            right(c);
            range(c);
            left(c);
            sharedUnit(c);
            change(c);
            classify(c);
            if (filtered(c)) {
                c.type = -1;
            }
        }

        void leftCurrency(Cand c) {
            if (c.type != CARD && c.type != FRAC) {
                return;
            }
            PhraseTable.Match<Lexicon.Currency> m = lx.currencies.endingAt(t, c.ts, 3);
            if (m != null && m.length() > 1 && !Character.isUpperCase(t.text.charAt(t.start[c.ts - m.length()]))) {
                m = lx.currencies.endingAt(t, c.ts, m.length() - 1);
            }
            if (m != null && m.value().pre() && !lineBreakInside(c.ts - m.length(), c.ts)) {
                c.ts -= m.length();
                c.money = true;
                c.kind = "money";
                c.unit = m.value().iso();
                c.rule = "<currency> " + c.rule;
            }
        }

        /** True when a percentage is written within eight tokens of {@code k}, in the same sentence. */
        boolean percentNear(int k) {
            for (int dir = -1; dir <= 1; dir += 2) {
                for (int j = k + dir; j >= 0 && j < t.size && Math.abs(j - k) <= 8; j += dir) {
                    if (t.gap[dir < 0 ? j + 1 : j] == 2 || stop(j)) {
                        break;
                    }
                    if (t.is(j, '%') || t.is(j, "percent") || t.is(j, "cent") && t.is(j - 1, "per")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** True when one of the three words before a number weighs something: "weighed more than", "lost", "gained". */
        boolean weighed(int i) {
            for (int k = i - 1; k >= Math.max(0, i - 3) && t.isWord(k); k--) {
                if (lx.cue(t, k, Lexicon.CUE_WEIGHT_VERB)) {
                    return true;
                }
            }
            return false;
        }

        /** The currency named last in the paragraph before token {@code i}, within 40 tokens; else {@code fallback}. */
        String currencyBefore(int i, String fallback) {
            for (int k = i - 1; k >= Math.max(0, i - 40); k--) {
                PhraseTable.Match<Lexicon.Currency> m = lx.currencies.at(t, k);
                if (m != null && !t.is(k, "cents") && !t.is(k, "cent")) {
                    return m.value().iso();
                }
                if (t.gap[k] == 2) {
                    break;
                }
            }
            return fallback;
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

        void right(Cand c) {
            int k = c.te;
            if (k < t.size && t.gap[k] == 2) {
                return;
            }
            if ((c.type == CARD) && !c.scaled) {
                // "a $1.2-billion bond": the scale joined by a hyphen
                if (t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1) && t.isWord(k + 1) && !t.is(k + 1, "k") && !t.is(k + 1, "m")
                        && lx.scales.at(t, k + 1) != null) {
                    k += 1;
                }
                PhraseTable.Match<Double> s = lx.scales.at(t, k);
                if (s != null && k < t.size && t.gap[k] != 2) {
                    boolean singleLetter = t.end[k] - t.start[k] == 1;
                    if (!singleLetter || c.money || t.adjacent(k)) {
                        c.value *= s.value();
                        c.scale = s.value();
                        c.scaled = true;
                        k += s.length();
                        c.rule += " <scale>";
                    }
                }
            }
            // "half a million", "a quarter of a million", "half a dozen": a share of a magnitude is a number
            if (c.type == FRAC && c.fractionWord) {
                int at = t.is(k, "a") ? k + 1 : t.is(k, "of") && t.is(k + 1, "a") ? k + 2 : -1;
                PhraseTable.Match<Double> s = at < 0 || !t.isWord(at) ? null : lx.scales.at(t, at);
                double scale = s != null && t.end[at] - t.start[at] > 2 ? s.value() : at > 0 && t.is(at, "dozen") ? 12 : 0;
                if (scale > 0) {
                    c.type = CARD;
                    c.value = c.value * scale;
                    c.scaled = true;
                    c.scale = scale;
                    k = at + (s != null ? s.length() : 1);
                    c.rule += " a <scale>";
                }
            }
            if (c.type == CARD || c.type == FRAC) {
                if (!c.money) {
                    PhraseTable.Match<Lexicon.Currency> m = lx.currencies.at(t, k);
                    if (m != null && t.is(k, "pounds") && weighed(c.ts)) {
                        m = null; // "lost 40 pounds", "weighing 300 pounds": weight, not sterling
                    }
                    if (m != null && m.value().post() && t.gap[k] != 2) {
                        c.money = true;
                        c.kind = "money";
                        c.unit = m.value().iso();
                        k += m.length();
                        c.rule += " <currency>";
                    }
                }
                if (!c.money && c.kind == null && c.type == CARD && (t.is(k, "cents") || t.is(k, "pence")) && t.gap[k] != 2) {
                    // "up 20 cents": money in the currency the sentence is about, 100 cents to the unit
                    c.money = true;
                    c.kind = "money";
                    c.unit = t.is(k, "pence") ? "GBP" : currencyBefore(c.ts, "USD");
                    c.value /= 100;
                    k += 1;
                    c.rule += " <cents>";
                }
                if (!c.money && c.kind == null && (t.is(k, "points") || t.is(k, "point")) && t.gap[k] != 2 && c.value <= 100
                        && percentNear(k)) {
                    // "rose 2.1 points to 34.2%", "leads by 4 points, 48% to 44%": points of a percentage
                    c.kind = "percentage_points";
                    c.unit = "pp";
                    k += 1;
                    c.rule += " points <near a percentage>";
                }
                if (!c.money && c.kind == null) {
                    int from = k;
                    if (c.type == FRAC && article(k)) {
                        from = k + 1;
                    } else if (c.type == FRAC && c.fractionWord && t.is(k, "of") && article(k + 1)) {
                        from = k + 2; // "a quarter of a percentage point", "half of a mile"
                    }
                    PhraseTable.Match<Lexicon.Unit> u = lx.units.at(t, from);
                    if (u != null && t.gap[from] != 2 && unitFits(from, u)) {
                        applyUnit(c, u.value());
                        k = from + u.length();
                        c.rule += " <unit>";
                    } else if (from == k + 2 && t.is(from, "point") && t.gap[from] != 2) {
                        // "raised rates by three-quarters of a point": of a percentage point
                        c.kind = "percentage_points";
                        c.unit = "pp";
                        k = from + 1;
                        c.rule += " of a point";
                    }
                }
            }
            // "millions of dollars", "tens of thousands of pounds": a vague sum of money
            if (c.type == VAGUE && t.is(k, "of") && !c.money) {
                PhraseTable.Match<Lexicon.Currency> m = lx.currencies.at(t, k + 1);
                if (m != null && m.value().post() && t.isWord(k + 1) && !t.is(k + 1, "won") && !t.is(k + 1, "rand")) {
                    c.money = true;
                    c.kind = "money";
                    c.unit = m.value().iso();
                    k += 1 + m.length();
                }
            }
            // hyphen compounds: 10-year-old, 20-minute, 18-fold, 500-plus, 5,000-strong
            if ((c.type == CARD) && c.kind == null && t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1) && t.isWord(k + 1)) {
                PhraseTable.Match<Lexicon.Unit> u = lx.units.at(t, k + 1);
                if (u != null && u.length() == 1 && u.value().kind().equals("duration")) {
                    applyUnit(c, u.value());
                    k += 2;
                    if (t.isDash(k) && t.adjacent(k) && t.is(k + 1, "old")) {
                        k += 2;
                        c.rule = "<number>-<unit>-old";
                    } else {
                        c.rule = "<number>-<unit>";
                    }
                } else if (u != null && u.length() == 1 && u.value().kind().equals("measure") && t.end[k + 1] - t.start[k + 1] > 1) {
                    // a 3,500-mile pipeline, a 6.1-inch screen, a 1.5-litre bottle
                    applyUnit(c, u.value());
                    k += 2;
                    c.rule = "<number>-<unit>";
                } else if (t.is(k + 1, "fold")) {
                    c.type = MULT;
                    k += 2;
                    c.rule = "<number>-fold";
                } else if (t.is(k + 1, "plus")) {
                    c.bound = "lower";
                    c.qualified = true;
                    k += 2;
                } else if (t.is(k + 1, "odd") || t.is(k + 1, "something")) {
                    c.bound = "approximate"; // "20-odd firms", "a 30-something founder"
                    c.qualified = true;
                    k += 2;
                }
            }
            if (c.type == CARD && c.kind == null && t.is(k, "times") && isComparativeAfterTimes(k + 1)) {
                c.type = MULT;
                k += 1;
                c.rule = "<number> times <comparison>";
            }
            // one in five, three out of four
            if (c.type == CARD && c.kind == null && t.is(c.ts - 1, "number") && !t.capitalized(c.ts - 1) && c.te == c.coreE
                    && c.value >= 1 && c.value <= 100 && c.value == Math.rint(c.value) && !c.scaled) {
                c.type = RANK; // "reached number one", "the number 3 seed"
                c.ts -= 1;
                c.rule = "number <number>";
            }
            if (c.type == CARD && c.kind == null && c.value >= 1 && (t.is(k, "in") || t.is(k, "out") && t.is(k + 1, "of"))) {
                int at = t.is(k, "in") ? k + 1 : k + 2;
                if (t.is(k, "in") && t.is(at, "every")) {
                    at++; // "one in every eight"
                }
                Cand d = atom(at);
                if (d != null && d.type == CARD && d.value > c.value && d.value <= 1000 && d.te == d.coreE) {
                    c.type = FRAC;
                    c.value = round4(c.value / d.value);
                    k = d.te;
                    c.rule = "<number> in <number>";
                }
            }
            if (c.type == ORD) {
                if (t.is(k, "place") || t.is(k, "position") || t.is(k, "anniversary") || t.is(k, "anniversay")) {
                    if (t.is(k, "anniversary") || t.is(k, "anniversay")) {
                        c.kind = "duration";
                        c.unit = "years";
                    }
                    k += 1;
                } else if (t.isDash(k) && t.adjacent(k) && t.isWord(k + 1) && t.adjacent(k + 1) && superlative(k + 1)) {
                    k += 2;
                } else if (t.isWord(k) && t.gap[k] == 1 && spacedSuperlative(k)) {
                    k += 1; // "the fifth largest economy"
                }
            }
            PhraseTable.Match<String> post = lx.postQualifiers.at(t, k);
            if (post != null && (c.type == CARD || c.type == VAGUE) && !c.qualified && t.gap[k] != 2) {
                c.bound = post.value();
                c.qualified = true;
                k += post.length();
            }
            c.te = k;
        }

        boolean unitFits(int k, PhraseTable.Match<Lexicon.Unit> u) {
            boolean singleLetter = u.length() == 1 && t.end[k] - t.start[k] == 1;
            if (singleLetter && !t.adjacent(k)) {
                return false;
            }
            // "5 m" would read as metres; a lone "in"/"at" never a unit
            return true;
        }

        boolean isComparativeAfterTimes(int k) {
            if (!t.isWord(k)) {
                return false;
            }
            if (lx.cue(t, k, Lexicon.CUE_TIMES_BASE)) {
                return true;
            }
            String w = t.text(k).toLowerCase(java.util.Locale.ROOT);
            return w.endsWith("er") && w.length() > 4;
        }

        /** A superlative after an ordinal and a space: not "the second request" nor "the first protest". */
        boolean spacedSuperlative(int k) {
            return t.text(k).toLowerCase(java.util.Locale.ROOT).endsWith("iest") || lx.cue(t, k, Lexicon.CUE_SUPERLATIVE);
        }

        boolean superlative(int k) {
            String w = t.text(k).toLowerCase(java.util.Locale.ROOT);
            return w.endsWith("est") || w.equals("ranked") || w.equals("placed");
        }

        void applyUnit(Cand c, Lexicon.Unit u) {
            switch (u.kind()) {
                case "percent" -> {
                    c.kind = "percent";
                    c.unit = "%";
                }
                case "percentage_points" -> {
                    c.kind = "percentage_points";
                    if (u.unit().equals("bp")) {
                        c.value = c.value / 100;
                    }
                    c.unit = "pp";
                }
                default -> {
                    c.kind = u.kind();
                    c.unit = u.unit();
                    c.value *= u.factor();
                    if (c.value < 1 && c.unit.equals("hours")) {
                        c.value *= 60;
                        c.unit = "minutes";
                    } else if (c.value < 1 && c.unit.equals("years")) {
                        c.value *= 12;
                        c.unit = "months";
                    }
                }
            }
            if (c.type == FRAC && !"ratio".equals(c.kind)) {
                c.type = CARD;
            }
        }

        void range(Cand c) {
            if (c.type != CARD && c.type != FRAC) {
                return;
            }
            int k = c.te;
            int next;
            boolean between = t.is(c.ts - 1, "between");
            if (t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1)) {
                next = k + 1;
            } else if (t.is(k, "to") && !t.is(c.ts - 1, "from") && !t.is(c.ts - 1, "to") && !t.is(c.ts - 1, "by")
                    && !(c.kind != null && changeWord(c.ts - 1) != null)) {
                // not "narrowed by $120 billion to $1.7 trillion" nor "fell 7 per cent to 1,711": there "to" gives the new level
                next = k + 1;
            } else if (t.is(k, "and") && between) {
                next = k + 1;
            } else if (t.is(k, "and") && (t.is(k + 1, "as") && t.is(k + 2, "many") && t.is(k + 3, "as")
                    || t.is(k + 1, "up") && t.is(k + 2, "to"))) {
                next = k + (t.is(k + 1, "up") ? 3 : 4);
            } else {
                return;
            }
            if (next >= t.size || t.gap[next] == 2) {
                return;
            }
            if (nonClaimStarts(next)) {
                return;
            }
            if (c.money) {
                // "between $800 million and $1 billion": the currency repeated before the upper end
                PhraseTable.Match<Lexicon.Currency> cur = lx.currencies.at(t, next);
                if (cur != null && cur.value().pre() && cur.value().iso().equals(c.unit) && next + cur.length() < t.size) {
                    next += cur.length();
                }
            }
            Cand d = atom(next);
            if (d == null || d.type != CARD && d.type != FRAC) {
                return;
            }
            if (c.type == FRAC && d.type != FRAC) {
                return; // "cut by more than half to 310 million": a share of a change, then the new level
            }
            if (!c.money && c.kind == null && !c.scaled && isYearToken(c.coreS) && c.te == c.coreE && isYearToken(next)) {
                return; // "between 2017 and 2020": a span of time, not a range of counts
            }
            if (c.money) {
                d.money = true;
            }
            leftCurrency(d);
            right(d);
            if (c.kind == null && d.kind != null) {
                c.kind = d.kind;
                c.unit = d.unit;
                c.money = d.money;
                if (d.kind.equals("duration") || d.kind.equals("measure")) {
                    c.value *= unitFactor(d);
                }
            } else if (c.kind != null && d.kind != null && !c.kind.equals(d.kind)) {
                return;
            } else if (c.kind != null && d.kind == null && !c.money) {
                return; // "fell 7 per cent to 1,711": the second number is the new level, not the top of a range
            }
            // "40-50,000": the lower end written short, in the thousands of the upper one
            if (next == k + 1 && t.isDash(k) && !c.scaled && !d.scaled && t.numFlags[c.coreS] == 0 && c.value < 1000
                    && d.value >= 10_000 && d.value % 1000 == 0 && c.value * 1000 < d.value) {
                c.value *= 1000;
            }
            if (d.scaled && !c.scaled) {
                c.value *= d.scale;
                c.scaled = true;
            }
            if (!(d.value > c.value)) {
                return;
            }
            c.max = d.value;
            c.bound = "range";
            c.qualified = true;
            c.te = d.te;
            if (between) {
                c.ts -= 1;
            }
            c.rule += " to <number>";
        }

        double unitFactor(Cand d) {
            PhraseTable.Match<Lexicon.Unit> u = null;
            for (int k = d.coreE; k < d.te && u == null; k++) {
                u = lx.units.at(t, k);
            }
            return u == null ? 1 : u.value().factor();
        }

        void left(Cand c) {
            int s = c.ts;
            // negative numbers: "-5", "minus 5"
            if ((c.type == CARD) && t.isDash(s - 1) && t.adjacent(s) && !t.adjacent(s - 1)
                    && !t.isNum(s - 2) && !t.is(s - 2, "to") && !t.is(s - 2, "and")) {
                c.value = -c.value;
                s -= 1;
            } else if (c.type == CARD && t.is(s - 1, "minus") && t.is(s - 2, "or") && t.is(s - 3, "plus")) {
                s -= 3; // "plus or minus 3 points": a margin, not a negative number
            } else if (c.type == CARD && t.is(s - 1, "minus")) {
                c.value = -c.value;
                s -= 1;
            }
            if (!c.qualified || "range".equals(c.bound) && c.ts == s && !t.is(s - 1, "between")) {
                PhraseTable.Match<String> q = lx.qualifiers.endingAt(t, s, 4);
                if (q != null && !lineBreakInside(s - q.length(), s) && qualifierFits(c, s - q.length())) {
                    if (!"range".equals(c.bound)) {
                        c.bound = q.value();
                    }
                    c.qualified = true;
                    s -= q.length();
                    c.rule = "<qualifier> " + c.rule;
                }
            }
            if (!c.qualified) {
                for (int k = s - 1; k >= Math.max(0, s - 5); k--) {
                    if (stop(k) || t.gap[k + 1] == 2) {
                        break;
                    }
                    if (t.is(k, "estimated") || t.is(k, "estimates") || t.is(k, "estimate")) {
                        c.bound = "approximate";
                        break;
                    }
                }
            }
            c.ts = s;
        }

        boolean qualifierFits(Cand c, int qStart) {
            // "some" and "over" are qualifiers only right before the number, not "over the past 30 days"
            if (c.type == ORD || c.type == RANK || c.type == TWICE) {
                return false;
            }
            if (c.type == MULT) {
                // "more than doubled", "nearly tripled", "roughly fivefold"; not "some doubled their stake"
                return !t.is(qStart, "some") && !t.is(qStart, "over");
            }
            // "rose 20% over five years": "over" a duration is a span of time unless something
            // measures the duration itself ("for over five years", "a term of over five years", "over 65 years old")
            if ("duration".equals(c.kind) && t.is(qStart, "over") && qStart + 1 == c.ts && !t.is(c.te, "old")) {
                int b = qStart - 1;
                return lx.cue(t, b, Lexicon.CUE_OVER_BOUND) || lx.hasClass(t, b, Lexicon.AUX);
            }
            // "ticked up to 4.2%", "crept down to 3%": the verb's particle and the level it reached, no bound
            if ((t.is(qStart, "up") || t.is(qStart, "down")) && lx.cue(t, qStart - 1, Lexicon.CUE_MOVE_VERB)) {
                return false;
            }
            return true;
        }

        /**
         * "81.3 years for women and 78.6 for men": a bare figure right after "and" takes the unit of the
         * figure just before it, when no noun follows that it could count.
         */
        void sharedUnit(Cand c) {
            if (c.kind != null || c.money || c.type != CARD || c.spelled || c.ts != c.coreS || !t.is(c.ts - 1, "and") || out.isEmpty()) {
                return;
            }
            Quantity last = out.get(out.size() - 1);
            boolean unitKind = "measure".equals(last.kind()) || "duration".equals(last.kind()) || "percent".equals(last.kind());
            int after = c.te;
            boolean noNoun = after >= t.size || t.kind[after] == Tokens.SYM || t.gap[after] == 2
                    || lx.hasClass(t, after, Lexicon.FUNC | Lexicon.TIMEPREP) && !t.is(after, "of"); // not "3 of her friends"
            if (unitKind && noNoun && closeBefore(last.end(), c.ts - 1, 3, false)) {
                c.kind = last.kind();
                c.unit = last.unit();
                c.rule += " <unit shared with the figure before>";
            }
        }

        void change(Cand c) {
            if (c.change != null || c.type == ORD || c.type == RANK) {
                return;
            }
            int p = c.ts - 1;
            if (t.is(p, "to") || t.is(p, "from")) {
                return;
            }
            if (t.is(c.ts, "below") || t.is(c.ts, "above") || t.is(c.ts, "under")) {
                return; // "fell below $70": the level reached, not the size of the fall
            }
            if (t.is(p, "or") && t.is(p - 1, ',') && !out.isEmpty() && p >= 2 && closeBefore(out.get(out.size() - 1).end(), p - 1, 2, true)) {
                // "fell 450 points, or 1.3%": the same change said another way
                c.change = out.get(out.size() - 1).change();
                return;
            }
            if (t.is(p, "and") && c.kind != null && !out.isEmpty()) {
                Quantity last = out.get(out.size() - 1);
                if (last.change() != null && c.kind.equals(last.kind()) && closeBefore(last.end(), p, 3, false)) {
                    // "rose 0.2% m/m and 3.1% y/y": the verb governs both figures
                    c.change = last.change();
                    return;
                }
            }
            if (t.is(p, "up") && lx.cue(t, p - 1, Lexicon.CUE_MAKE_UP)) {
                return; // "make up 19% of the population": a share, not a rise
            }
            if (t.is(p, "further") && t.is(p - 1, "a")) {
                p -= 2; // "rise a further 2%"
            }
            String dir = changeWord(p);
            boolean share = "percent".equals(c.kind) || "percentage_points".equals(c.kind);
            if (dir != null && lx.byOnlyChanges.get(t, p) != null && !share) {
                dir = null; // "raised $2bn" is no change; "raised 5%", "expanded 2.8%" are
            }
            if (dir != null && !t.is(p, "up") || dir != null && c.kind != null) {
                c.change = dir;
                return;
            }
            if (t.is(p, "by") || t.is(p, "of")) {
                // "rose by 5%", "a rise of 5%", "rose (by) an average of 5%"
                // "grew at an annualised rate of 2.9%": a rate reaches back to its verb
                int limit = !t.is(p, "of") ? 14 : t.is(p - 1, "average") || t.is(p - 1, "total") ? 4 : t.is(p - 1, "rate") ? 6 : 1;
                for (int k = p - 1; k >= Math.max(0, p - limit); k--) {
                    if (t.gap[k + 1] == 2 || stop(k) || t.is(p, "of") && t.is(k, "to")) {
                        break; // "fell to a rate of 2%": the level reached
                    }
                    String d = changeWord(k);
                    if (d != null && (!t.is(k, "up") && !t.is(k, "down") || lx.cue(t, k - 1, Lexicon.CUE_MOVE_VERB))) { // "gone up by 20%"
                        c.change = d;
                        return;
                    }
                }
            }
            int a = c.te;
            String compared = comparedWithEarlier(a);
            if (compared != null) {
                c.change = compared;
                return;
            }
            if (t.isWord(a)) {
                String d = changeNoun(a);
                if (d != null) {
                    c.change = d; // "a 20% rise"
                    c.te = a + 1;
                } else if (t.isWord(a + 1) && !lx.hasClass(t, a, Lexicon.FUNC | Lexicon.DET | Lexicon.AUX | Lexicon.TIMEPREP | Lexicon.PRON)
                        && (d = changeNoun(a + 1)) != null) {
                    c.change = d; // "a 5.5% pay rise", "a 3% price increase"
                }
            }
        }

        /** After a name and a number: a capitalised word, a verb or the end of the clause, not a noun being counted. */
        boolean modelFollows(int k) {
            if (k >= t.size || t.gap[k] == 2 || stop(k)) {
                return true;
            }
            if (!t.isWord(k)) {
                return false;
            }
            int len = t.end[k] - t.start[k];
            boolean past = len > 4 && t.chars[t.end[k] - 2] == 'e' && t.chars[t.end[k] - 1] == 'd'; // "landed", "crashed"
            return t.capitalized(k) || past || lx.hasClass(t, k, Lexicon.VERB | Lexicon.AUX);
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
         * "2.3% higher than a year earlier", "5 percent lower than in 2019": a comparison with an
         * earlier time states a change; a comparison with anything else ("30% lower risk") does not.
         */
        String comparedWithEarlier(int a) {
            if (!t.isWord(a) || !t.is(a + 1, "than")) {
                return null;
            }
            String dir = lx.cue(t, a, Lexicon.CUE_MORE) ? "increase" : lx.cue(t, a, Lexicon.CUE_LESS) ? "decrease" : null;
            if (dir == null) {
                return null;
            }
            for (int k = a + 2; k < Math.min(t.size, a + 6); k++) {
                if (t.gap[k] == 2 || stop(k) || t.is(k, ',')) {
                    return null;
                }
                if (lx.cue(t, k, Lexicon.CUE_EARLIER)
                        || t.isPlainNum(k) && t.numFlags[k] == 0 && t.value[k] >= 1900 && t.value[k] <= 2100) {
                    return dir;
                }
            }
            return null;
        }

        /** A noun that names a change ("rise", "cut", "growth"), with its direction; null for anything else. */
        String changeNoun(int k) {
            return lx.cue(t, k, Lexicon.CUE_CHANGE_NOUN) ? changeWord(k) : null;
        }

        String changeWord(int k) {
            if (!t.isWord(k)) {
                return null;
            }
            return lx.changes.get(t, k);
        }

        void classify(Cand c) {
            if (c.kind == null) {
                c.kind = switch (c.type) {
                    case ORD, RANK -> "rank";
                    case FRAC -> "ratio";
                    case MULT -> "multiplier";
                    default -> "count";
                };
            }
            if (c.type == VAGUE) {
                c.bound = c.qualified ? c.bound : "lower";
            }
            if (c.type == TWICE) {
                if (t.is(c.te, "as") || t.is(c.te, "the")) {
                    c.kind = "multiplier";
                }
            }
            if (c.type == MULT && c.change == null) {
                String d = changeWord(c.te);
                if (d != null) {
                    c.change = d;
                    c.te += 1;
                }
            }
        }

        // ------------------------------------------------------------------ filters: what is not a claim

        boolean filtered(Cand c) {
            int before = c.coreS - 1;
            boolean bare = c.ts == c.coreS && c.te == c.coreE;
            boolean unitless = c.unit == null && !c.money;
            if (c.type == ORD) {
                return ordinalFiltered(c);
            }
            // "day five", "Route 66", "posts 542"
            if (c.ts == c.coreS && lx.hasClass(t, before, Lexicon.LOCATOR) && unitless) {
                return true;
            }
            // "a magnitude 7.2 earthquake": the unit before the number
            if (c.ts == c.coreS && unitless && c.type == CARD && t.is(before, "magnitude")) {
                c.kind = "measure";
                c.unit = "magnitude";
                c.ts = before;
                c.rule = "magnitude <number>";
                return false;
            }
            // "a 7.5 aftershock", "a 6.1 quake": a magnitude without the word
            if (unitless && c.type == CARD && c.te == c.coreE && c.value > 0 && c.value < 10 && !c.spelled
                    && (t.numFlags[c.coreS] == 2 || article(c.ts - 1)) && lx.cue(t, c.te, Lexicon.CUE_QUAKE)) {
                c.kind = "measure";
                c.unit = "magnitude";
                c.rule = "<number> <quake>";
                return false;
            }
            // "Category 3"
            if (c.ts == c.coreS && lx.hasClass(t, before, Lexicon.LABEL) && unitless && t.capitalized(before)) {
                c.kind = "other";
                c.ts = before;
                c.rule = "<label> <number>";
                return false;
            }
            // "high-five", "zero-sum", "zero-hours contracts": a number glued into a compound word (a zero
            // joined to anything, even a unit, makes an adjective)
            if (c.spelled && (t.isDash(before) && t.adjacent(c.coreS) && t.isWord(before - 1) && t.adjacent(before)
                    || t.isDash(c.coreE) && t.adjacent(c.coreE) && t.isWord(c.coreE + 1) && (c.te == c.coreE || c.value == 0))) {
                return true;
            }
            if (c.spelled && c.type == CARD && unitless && !c.scaled && Math.abs(c.value) <= 1 && !c.qualified) {
                return true; // "one of the", "no one", "the new one"
            }
            // "two or three": vague alternatives
            if (c.spelled && c.type == CARD && unitless && t.is(c.te, "or") && isSmallNumberWord(c.te + 1)) {
                c.te = c.te + 2;
                return true;
            }
            if (c.type == FRAC && c.fractionWord && !c.qualified && !"duration".equals(c.kind)) {
                int k = c.te;
                boolean changeSize = c.change != null && t.is(c.ts - 1, "by") // "cut by a third"
                        || t.is(k, "majority") || t.is(k, "stake") || t.is(k, "share"); // "a two-thirds majority"
                if (!(t.is(k, "of") || t.is(k, "as") || changeSize) || lx.ordinals.get(t, Math.max(0, c.ts - 1)) != null
                        || t.is(c.ts - 1, "the")) {
                    return true;
                }
            }
            if (c.type == VAGUE && t.is(c.ts - 1, "the") && !t.is(c.te, "of")) {
                return true;
            }
            if (c.type == CARD && !c.spelled && unitless && c.te == c.coreE && c.value >= 1900 && isYearToken(c.coreS)
                    && lx.cue(t, c.te, Lexicon.CUE_YEAR_NOUN)) {
                return true; // "below 2019 levels": a year, whatever stands before it
            }
            if (c.type == CARD && !c.spelled && bare && unitless && yearLike(c)) {
                times.add(new TimeMention(t.start[c.coreS], t.end[c.coreS - 1 + 1], (int) c.value, 0, 0));
                return true;
            }
            // "Internet Explorer 9", "HTML 5", "Vostok 1": a name followed by a number; a name that opens
            // the sentence ("Windows 11 requires", "Boeing's 737 Max") only when no noun follows that it could count
            if (c.type == CARD && !c.spelled && c.ts == c.coreS && unitless && !c.scaled
                    && (nameBefore(before) || openingName(before) && t.isPlainNum(c.coreS) && t.numFlags[c.coreS] == 0 && modelFollows(c.te))) {
                return true;
            }
            // "221 Baker Street": a street number
            if (bare && unitless && !c.spelled && streetAfter(c.te)) {
                return true;
            }
            // "the 747 has": a number used as a noun
            if (bare && unitless && !c.spelled && t.is(before, "the")
                    && (lx.hasClass(t, c.te, Lexicon.AUX) || t.is(c.te, ',') && t.is(c.te + 1, "which"))) {
                return true;
            }
            // "six minutes later", "two minutes in": a point in a match, not a duration
            if ("duration".equals(c.kind) && ("minutes".equals(c.unit) || "seconds".equals(c.unit))
                    && lx.hasClass(t, c.te, Lexicon.EVTIME)) {
                return true;
            }
            age(c, before);
            return false;
        }

        /** One to three capitalised words and a street word ("Baker Street", "Fifth Avenue") from token k. */
        boolean streetAfter(int k) {
            for (int j = k; j < k + 4 && j < t.size; j++) {
                if (!t.isWord(j) || !t.capitalized(j) || t.gap[j] == 2) {
                    return false;
                }
                if (j > k && (lx.bits(t, j) & Lexicon.STREET) != 0) {
                    return true;
                }
            }
            return false;
        }

        boolean ordinalFiltered(Cand c) {
            int after = c.coreE;
            if (c.te > c.coreE) {
                return false; // "second place", "third-largest", "30th anniversary"
            }
            if (c.spelled) {
                int b = c.ts - 1;
                return !(t.is(b, "ranked") || t.is(b, "ranks") || t.is(b, "finished") || t.is(b, "placed")
                        || t.is(b, "came") || t.is(b, "ranking"));
            }
            if (t.is(after, "minute") || t.is(after, "floor") || t.is(after, "century") || t.is(after, "lap")
                    || t.is(after, "inning") || t.is(after, "hole") || t.is(after, "round") || t.is(after, "birthday")
                    || t.is(after, "street") || t.is(after, "avenue") || t.is(after, "st")) {
                return true;
            }
            if (c.value >= 100 && t.capitalized(after)) {
                return true;
            }
            if (lx.months.get(t, Math.min(after, t.size - 1)) != null
                    && t.capitalized(after) || t.is(after, "of") && t.capitalized(after + 1)
                    && lx.months.get(t, Math.min(after + 1, t.size - 1)) != null) {
                return true;
            }
            return false;
        }

        boolean nameBefore(int b) {
            if (b < 0 || b >= t.size) {
                return false;
            }
            if (t.kind[b] == Tokens.ALNUM) {
                return true;
            }
            if (t.kind[b] != Tokens.WORD || lx.known(t, b)) {
                return false;
            }
            if (!t.capitalized(b)) {
                return camelCase(b); // iPhone 15, eBay 2
            }
            return !t.sentenceInitial(b) || t.allCaps(b);
        }

        /** A capitalised word the lexicon does not know, at the start of a sentence: a name, or just a capital. */
        boolean openingName(int b) {
            return t.isWord(b) && t.capitalized(b) && t.sentenceInitial(b) && !lx.known(t, b) && !t.allCaps(b);
        }

        /** A word that starts lower case and has a capital inside. */
        boolean camelCase(int b) {
            for (int k = t.start[b] + 1; k < t.end[b]; k++) {
                if (Character.isUpperCase(t.chars[k])) {
                    return true;
                }
            }
            return false;
        }

        /** A bare four-digit integer that names a year ("in 2024", "the 1999 cyclone") rather than counts. */
        boolean yearLike(Cand c) {
            int i = c.coreS;
            if (!isYearToken(i)) {
                return false;
            }
            int before = i - 1;
            int after = c.te;
            int bc = lx.classes(t, before);
            if ((bc & Lexicon.TIMEPREP) != 0 && !t.is(before, "of") || isMonth(before)) {
                return true;
            }
            if (t.isWord(after) && !t.capitalized(after)) {
                int ac = lx.classes(t, after);
                boolean content = (ac & (Lexicon.FUNC | Lexicon.DET | Lexicon.AUX | Lexicon.TIMEPREP)) == 0;
                boolean determined = (bc & Lexicon.DET) != 0 || possessive(before); // "the 1999 storm", "the firm's 2024 results"
                if (content && !(determined && c.value >= 1900)) {
                    return false;
                }
            }
            return true;
        }

        /** A word in the possessive: "firm's", "companies'". */
        boolean possessive(int i) {
            if (!t.isWord(i) || t.end[i] - t.start[i] < 3) {
                return false;
            }
            char last = t.chars[t.end[i] - 1];
            char before = t.chars[t.end[i] - 2];
            return (last == 's' || last == 'S') && (before == '\'' || before == '\u2019');
        }

        boolean isMonth(int i) {
            return (lx.bits(t, i) & Lexicon.MONTH) != 0 && t.capitalized(i);
        }

        void age(Cand c, int before) {
            if (c.money || c.type != CARD || c.value <= 0 || c.value > 120 || c.unit != null && !c.unit.equals("years")) {
                return;
            }
            boolean isAge = lx.hasClass(t, before, Lexicon.AGEPRE) && c.ts == c.coreS
                    || "range".equals(c.bound) && t.is(c.ts, "between") && c.ts + 1 == c.coreS && c.max <= 120
                    && lx.hasClass(t, c.ts - 1, Lexicon.AGEPRE); // "aged between 18 and 65"
            // "Smith, 42, said"
            // "Smith, 42, said", "the mayor, 61, promised"
            if (!isAge && !c.spelled && c.value >= 10 && t.is(before, ',') && t.is(c.te, ',') && t.isWord(before - 1)
                    && (t.capitalized(before - 1) && !lx.known(t, before - 1)
                    || lx.classes(t, before - 1) == 0 && (lx.bits(t, before - 1) & Lexicon.KNOWN_MASK) == 0)
                    && t.isWord(c.te + 1) && !t.isNum(c.te + 1)) {
                isAge = true;
            }
            // "when she was six"
            if (!isAge && (t.is(before, "was") || t.is(before, "is") || t.is(before, "turned"))
                    && lx.hasClass(t, before - 1, Lexicon.PRON) && lx.hasClass(t, before - 2, Lexicon.AGECUE)
                    && !t.isWord(c.te) || !isAge && lx.hasClass(t, before - 2, Lexicon.AGECUE)
                    && lx.hasClass(t, before - 1, Lexicon.PRON) && (t.is(before, "was") || t.is(before, "turned"))
                    && (t.is(c.te, "and") || t.is(c.te, "so") || !t.isWord(c.te))) {
                isAge = true;
            }
            if (isAge) {
                c.kind = "duration";
                c.unit = "years";
                c.rule = "<age>";
            }
        }

        // ------------------------------------------------------------------ non-claims that start at a token

        boolean nonClaimStarts(int i) {
            return isMonth(i) || t.kind[i] == Tokens.ALNUM;
        }

        int nonClaim(int i) {
            byte k = t.kind[i];
            if (k == Tokens.ALNUM) {
                return i + 1;
            }
            if (k == Tokens.WORD) {
                if (t.capitalized(i) && lx.opens(t, i) && isMonth(i)) {
                    return date(i);
                }
                if (!t.isDash(i + 1)) {
                    return -1;
                }
                // STS-133, COVID-19, Long March-6
                if (t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && (t.isNum(i + 2) || t.kind[Math.min(i + 2, t.size - 1)] == Tokens.ALNUM)
                        && i + 2 < t.size && lx.numbers.get(t, i) == null) {
                    return i + 3;
                }
                return -1;
            }
            if (k == Tokens.SYM && t.is(i, '+') && t.isPlainNum(i + 1) && t.adjacent(i + 1)) {
                int e = internationalPhone(i + 1);
                if (e > 0) {
                    return e;
                }
            }
            if (k != Tokens.NUM) {
                return -1;
            }
            // "7-Eleven": digits joined to a capitalized number word make a name
            if (t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isWord(i + 2) && t.capitalized(i + 2)
                    && lx.numbers.get(t, i + 2) != null) {
                return i + 3;
            }
            // "v2.5", "A4.1": the decimals of a word with digits, not a number of their own
            if (t.is(i - 1, '.') && t.adjacent(i) && t.adjacent(i - 1) && i >= 2 && t.kind[i - 2] == Tokens.ALNUM) {
                return i + 1;
            }
            // clock times: 22:30, 6:00am, 6 p.m.
            if (t.is(i + 1, ':') && t.adjacent(i + 1) && t.isNum(i + 2) && t.adjacent(i + 2)) {
                int e = i + 3;
                if (t.is(e, ':') && t.adjacent(e) && t.isNum(e + 1)) {
                    e += 2;
                }
                return afterClock(e);
            }
            // "10.04 GMT": a clock time written with a dot, before a time zone
            if (t.numFlags[i] == 2 && t.isPlainNum(i) && t.end[i] - t.start[i] >= 4 && t.end[i] - t.start[i] <= 5
                    && t.chars[t.end[i] - 3] == '.' && t.value[i] < 24 && t.value[i] % 1 < 0.6 && lx.cue(t, i + 1, Lexicon.CUE_TIMEZONE)) {
                return i + 2;
            }
            if (t.numEnd[i] < t.end[i]) {
                String suf = t.text.subSequence(t.numEnd[i], t.end[i]).toString().toLowerCase(java.util.Locale.ROOT);
                if (suf.equals("am") || suf.equals("pm")) {
                    return i + 1;
                }
                if (suf.equals("s") && t.end[i] - t.start[i] == 5) {
                    return i + 1; // the 1990s
                }
            }
            if (t.isPlainNum(i) && t.value[i] <= 24 && (t.is(i + 1, "am") || t.is(i + 1, "pm") || t.is(i + 1, "o'clock")
                    || t.is(i + 1, "a") && t.is(i + 2, '.') && t.is(i + 3, "m") || t.is(i + 1, "p") && t.is(i + 2, '.') && t.is(i + 3, "m"))) {
                return afterClock(i + 1);
            }
            int phone = phoneChain(i);
            if (phone > 0) {
                return phone;
            }
            // 18 May 2015
            if (t.isNum(i) && t.value[i] >= 1 && t.value[i] <= 31 && t.numFlags[i] == 0 && isMonth(i + 1)) {
                int e = date(i + 1);
                times.add(new TimeMention(t.start[i], t.end[e - 1], 0, 0, 0));
                return e;
            }
            // year ranges: 2015-2016, 2024-25
            if (isYearToken(i) && t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isPlainNum(i + 2)
                    && (isYearToken(i + 2) || t.end[i + 2] - t.start[i + 2] == 2)) {
                return i + 3;
            }
            // scores: 1 – 0
            int score = score(i);
            if (score > 0) {
                return score;
            }
            // "a 50-50 chance": even odds, an idiom
            if (t.isPlainNum(i) && t.value[i] == 50 && t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2)
                    && t.isPlainNum(i + 2) && t.value[i + 2] == 50) {
                return i + 3;
            }
            return -1;
        }

        boolean isYearToken(int i) {
            return t.isPlainNum(i) && t.numFlags[i] == 0 && t.end[i] - t.start[i] == 4 && t.value[i] >= 1000 && t.value[i] <= 2100;
        }

        int afterClock(int e) {
            if (t.is(e, "am") || t.is(e, "pm") || t.is(e, "o'clock") || lx.cue(t, e, Lexicon.CUE_TIMEZONE)) {
                return e + 1;
            }
            if ((t.is(e, "a") || t.is(e, "p")) && t.is(e + 1, '.') && t.is(e + 2, "m")) {
                return t.is(e + 3, '.') ? e + 4 : e + 3;
            }
            return e;
        }

        /**
         * "+44 20 7946 0958", "+1-202-452-2955": a country code and at least two more digit groups,
         * joined by single spaces, hyphens or dots, seven digits or more in all.
         */
        int internationalPhone(int i) {
            if (t.numFlags[i] != 0 || t.end[i] - t.start[i] > 3) {
                return -1;
            }
            int e = i;
            int groups = 1;
            int digits = t.end[i] - t.start[i];
            while (groups < 6) {
                int next = e + 1;
                if (t.isDash(next) || t.is(next, '.')) {
                    next++;
                } else if (t.gap[next < t.size ? next : e] != 1) {
                    break;
                }
                if (!t.isPlainNum(next) || t.numFlags[next] != 0 || t.gap[next] == 2) {
                    break;
                }
                digits += t.end[next] - t.start[next];
                groups++;
                e = next;
            }
            return groups >= 3 && digits >= 7 ? e + 1 : -1;
        }

        int phoneChain(int i) {
            // 202-452-2955, 452-2955
            if (!t.isPlainNum(i) || t.numFlags[i] != 0) {
                return -1;
            }
            // 0800 123 4567, 020 7946 0958: no count is written with a leading zero
            if (t.chars[t.start[i]] == '0' && t.end[i] - t.start[i] >= 3) {
                int e = i;
                while (t.isPlainNum(e + 1) && t.numFlags[e + 1] == 0 && (t.gap[e + 1] == 1 || t.gap[e + 1] == 0 && t.isDash(e))) {
                    e++;
                }
                while (t.isDash(e + 1) && t.adjacent(e + 1) && t.adjacent(e + 2) && t.isPlainNum(e + 2) && t.numFlags[e + 2] == 0) {
                    e += 2;
                }
                return e + 1;
            }
            int e = i;
            int groups = 1;
            int digits = t.end[i] - t.start[i];
            while ((t.isDash(e + 1) || t.is(e + 1, '.')) && groups < 6) {
                if (!t.adjacent(e + 1) || !t.adjacent(e + 2) || !t.isPlainNum(e + 2) || t.numFlags[e + 2] != 0) {
                    break;
                }
                digits += t.end[e + 2] - t.start[e + 2];
                groups++;
                e += 2;
            }
            int last = t.end[e] - t.start[e];
            if (groups >= 3 && digits >= 7 || groups == 2 && last == 4 && t.end[i] - t.start[i] == 3 && digits == 7) {
                return e + 1;
            }
            return -1;
        }

        int score(int i) {
            if (!smallInt(i) || !t.isDash(i + 1) || !smallInt(i + 2)) {
                return -1;
            }
            int a = i + 3;
            if (t.adjacent(i + 1) || t.adjacent(i + 2)) {
                // written tight ("won 3-2") it is a score only beside a word of a match; else a range
                boolean afterVerb = lx.cue(t, i - 1, Lexicon.CUE_SCORE_VERB);
                // "beat Arsenal 2-0", "beat the Chiefs 25-22": the opponent's name between
                for (int k = i - 1; !afterVerb && k >= Math.max(0, i - 4) && t.isWord(k) && (t.capitalized(k) || t.is(k, "the")); k--) {
                    afterVerb = lx.cue(t, k - 1, Lexicon.CUE_SCORE_VERB);
                }
                if (!(t.adjacent(i + 1) && t.adjacent(i + 2)) || !(afterVerb || lx.cue(t, a, Lexicon.CUE_SCORE_WORD))) {
                    return -1;
                }
            }
            if (lx.units.at(t, a) != null || t.isWord(a) && !t.capitalized(a) && lx.classes(t, a) == 0 && !lx.cue(t, a, Lexicon.CUE_SCORE_WORD)) {
                return -1;
            }
            Cand c = cand(i, i + 3, CARD, t.value[i]);
            c.kind = "other";
            c.unit = "goals";
            c.rule = "<score>";
            emit(c);
            return i + 3;
        }

        boolean smallInt(int i) {
            return t.isPlainNum(i) && t.numFlags[i] == 0 && t.value[i] <= 30;
        }

        int date(int m) {
            int month = lx.months.get(t, m);
            int k = m + 1;
            if (t.is(k, '.') && t.adjacent(k)) {
                k++;
            }
            int day = 0;
            int year = 0;
            if (t.isNum(k) && t.numFlags[k] == 0 && t.value[k] >= 1 && t.value[k] <= 31
                    && (t.isPlainNum(k) || ordinalSuffix(k))) {
                day = (int) t.value[k];
                k++;
                if (t.is(k, ',') && isYearToken(k + 1)) {
                    year = (int) t.value[k + 1];
                    k += 2;
                } else if (isYearToken(k)) {
                    year = (int) t.value[k];
                    k++;
                }
            } else if (isYearToken(k)) {
                year = (int) t.value[k];
                k++;
            } else {
                return m + 1; // a month on its own
            }
            times.add(new TimeMention(t.start[m], t.end[k - 1], year, month, day));
            // November 20 to December 11; July 2003 and December 2004
            if ((t.is(k, "to") || t.is(k, "and") || t.isDash(k)) && (isMonth(k + 1) || day > 0 && t.isPlainNum(k + 1)
                    && t.value[k + 1] <= 31 && t.value[k + 1] > day)) {
                if (isMonth(k + 1)) {
                    TimeMention first = times.remove(times.size() - 1);
                    int e = date(k + 1);
                    if (!times.isEmpty() && times.get(times.size() - 1).start() == t.start[k + 1]) {
                        TimeMention second = times.remove(times.size() - 1);
                        int y = first.year() != 0 ? first.year() : second.year();
                        times.add(new TimeMention(first.start(), second.end(), y, first.month(), first.day(), second.year()));
                    } else {
                        times.add(first);
                    }
                    return e;
                }
                return k + 2;
            }
            return k;
        }

        boolean ordinalSuffix(int k) {
            String suf = t.text.subSequence(t.numEnd[k], t.end[k]).toString().toLowerCase(java.util.Locale.ROOT);
            return suf.equals("st") || suf.equals("nd") || suf.equals("rd") || suf.equals("th");
        }

        // ------------------------------------------------------------------ output

        void emit(Cand c) {
            if (c.te <= c.ts || Double.isNaN(c.value) || Double.isInfinite(c.value)) {
                return;
            }
            double value = decimal(c.value);
            Double min = null;
            Double max = null;
            switch (c.bound) {
                case "lower" -> min = value;
                case "upper" -> max = value;
                case "range" -> {
                    min = value;
                    max = decimal(c.max);
                }
                default -> {
                }
            }
            out.add(new Quantity(t.start[c.ts], t.end[c.te - 1], c.kind, value, min, max, c.unit, c.bound,
                    c.change, c.rule));
        }
    }

    /** Denominators of the fractions news writes with a slash (1/4, 2/3, 3/8); "9/11" and "24/7" are names. */
    private static final java.util.Set<Integer> FRACTION_DENOMINATORS = java.util.Set.of(2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100);

    /** Significant digits a value keeps: enough for any figure news prints, few enough to drop binary noise. */
    private static final java.math.MathContext DIGITS = new java.math.MathContext(12);

    /**
     * The value as the text wrote it: scaling in binary leaves noise ("4.1 billion" is
     * 4099999999.9999995 after 4.1 * 1e9), which rounding to 12 significant digits removes.
     */
    static double decimal(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v) || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return v;
        }
        double a = Math.abs(v);
        if (a >= 1e-5 && a < 1e11) {
            // the common case without BigDecimal: scale so that 12 significant digits are whole,
            // round, scale back; taken only when the rounding cannot be a near tie
            int e = (int) Math.floor(Math.log10(a));
            if (POW10[e + 5] > a) {
                e--;
            } else if (POW10[e + 6] <= a) {
                e++;
            }
            int k = 11 - e;
            if (k >= 0 && k < POW10.length - 5) {
                double p = POW10[k + 5];
                double x = a * p;
                double f = x - Math.floor(x);
                if (Math.abs(f - 0.5) > 1e-3) {
                    double r = Math.round(x) / p;
                    return v < 0 ? -r : r;
                }
            }
        }
        return new java.math.BigDecimal(v).round(DIGITS).doubleValue();
    }

    /** 10^-5 ... 10^17, each exact or correctly rounded: POW10[i] is 10^(i-5). */
    private static final double[] POW10 = new double[23];

    static {
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Double.parseDouble("1e" + (i - 5));
        }
    }

    static double round4(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
