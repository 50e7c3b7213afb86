package io.claimcheck.extract;

import static io.claimcheck.extract.Candidate.*;

/**
 * The grammar's atoms: where a number starts and what it is before anything around it is read.
 * Digits ("4,500", "2.5bn", "3-1/2", "12p", "100km/h"), words ("twenty-three", "a dozen", "half",
 * "doubled", "third"), signs ("½", "#3") and "No. 2". Each atom names its rule ({@code <number><scale>},
 * {@code <spelled number>}, ...); the other rule sets grow it.
 */
final class NumberAtoms extends ScanPart {

    /** Denominators of the fractions news writes with a slash (1/4, 2/3, 3/8); "9/11" and "24/7" are names. */
    private static final java.util.Set<Integer> FRACTION_DENOMINATORS = java.util.Set.of(2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100);

    /** The line counts of video formats, written like pence ("720p", "4320p"). */
    private static final java.util.Set<Integer> VIDEO_LINES = java.util.Set.of(144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320);

    NumberAtoms(Scan scan) {
        super(scan);
    }

    Candidate atom(int i) {
        if (i >= t.size) {
            return null;
        }
        byte k = t.kind[i];
        if (k == Tokens.NUM) {
            return numericAtom(i);
        }
        if (k == Tokens.WORD) {
            Candidate sum = t.isDash(i + 1) ? scaleCurrency(i) : t.isDash(i + 2) && article(i) ? scaleCurrency(i + 1) : null;
            return sum != null ? sum : lx.opens(t, i) ? wordAtom(i) : null;
        }
        PhraseTable.Match<Double> sign = k == Tokens.SYM && t.chars[t.start[i]] >= 128 ? lx.fractions.at(t, i) : null;
        if (sign != null && sign.length() == 1) {
            Candidate c = cand(i, i + 1, FRAC, round4(sign.value()));
            c.rule = "<fraction sign>";
            return c;
        }
        if (k == Tokens.SYM && t.is(i, '#') && t.isPlainNum(i + 1) && t.adjacent(i + 1)) {
            Candidate c = cand(i, i + 2, RANK, t.value[i + 1]);
            c.coreS = i + 1;
            c.rule = "#<number>";
            return c;
        }
        return null;
    }

    /** Where odds written from token {@code i} end ("3 to 1", "100-1", "100-to-1"), or -1 when no odds are named. */
    private int oddsEnd(int i) {
        if (!t.isPlainNum(i) || t.numFlags[i] != 0) {
            return -1;
        }
        int e;
        if (t.is(i + 1, "to") && t.isPlainNum(i + 2)) {
            e = i + 3;
        } else if (t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isPlainNum(i + 2)) {
            e = i + 3;
        } else if (t.isDash(i + 1) && t.is(i + 2, "to") && t.isDash(i + 3) && t.isPlainNum(i + 4) && t.adjacent(i + 4)) {
            e = i + 5;
        } else if (t.is(i + 1, '/') && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isPlainNum(i + 2)) {
            e = i + 3; // "odds of 4/1"
        } else {
            return -1;
        }
        if (t.numFlags[e - 1] != 0 || t.value[e - 1] <= 0) {
            return -1;
        }
        boolean named = t.is(e, "odds") || t.is(e, "outsider") || t.is(e, "shot") || t.is(e, "favourite") || t.is(e, "favorite")
                || t.is(e, "outsiders") || t.is(e, "favourites") || t.is(e, "favorites");
        // "odds of 33-1"; "the odds of a white Christmas are 4/1", where a share over one is no fraction
        int reach = t.is(i + 1, '/') ? 8 : 3;
        for (int k = i - 1; !named && k >= Math.max(0, i - reach) && t.isWord(k); k--) {
            named = t.is(k, "odds");
        }
        return named ? e : -1;
    }

    Candidate numericAtom(int i) {
        double v = t.value[i];
        boolean integer = t.numFlags[i] < 2;
        // "3½": a whole number and a fraction sign
        PhraseTable.Match<Double> sign = t.isPlainNum(i) && integer && t.adjacent(i + 1) && t.kind[i + 1] == Tokens.SYM
                && t.chars[t.start[i + 1]] >= 128 ? lx.fractions.at(t, i + 1) : null;
        if (sign != null && sign.length() == 1) {
            Candidate c = cand(i, i + 2, CARD, v + round4(sign.value()));
            c.rule = "<whole><fraction sign>";
            return c;
        }
        // "odds of 3 to 1", "a 100-1 outsider", "100-to-1 odds": betting odds are one ratio, not two counts
        int odds = oddsEnd(i);
        if (odds > 0) {
            Candidate c = cand(i, odds, FRAC, round4(v / t.value[odds - 1]));
            c.rule = "<number> to <number> odds";
            return c;
        }
        // "a world record time of 1:52.98": minutes and seconds with hundredths, a time taken (a clock has no hundredths)
        if (t.isPlainNum(i) && integer && t.is(i + 1, ':') && t.adjacent(i + 1) && t.isPlainNum(i + 2) && t.adjacent(i + 2)
                && t.numFlags[i + 2] == 2 && t.chars[t.start[i + 2] + 2] == '.' && t.value[i + 2] < 60 && !t.is(i + 3, ':')) {
            Candidate c = cand(i, i + 3, CARD, v * 60 + t.value[i + 2]);
            c.kind = "duration";
            c.unit = "seconds";
            c.rule = "<minutes>:<seconds>.<hundredths>";
            return c;
        }
        // "a 4-for-1 stock split", "1-for-10": the shares given for each share held
        if (t.isPlainNum(i) && t.isDash(i + 1) && t.adjacent(i + 1) && t.is(i + 2, "for") && t.adjacent(i + 2) && t.isDash(i + 3)
                && t.adjacent(i + 3) && t.isPlainNum(i + 4) && t.adjacent(i + 4) && t.value[i + 4] > 0) {
            Candidate c = cand(i, i + 5, FRAC, round4(v / t.value[i + 4]));
            c.rule = "<number>-for-<number>";
            return c;
        }
        // 3-1/2: a whole number and a fraction joined by a hyphen
        if (t.isPlainNum(i) && integer && t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2)
                && t.isPlainNum(i + 2) && t.is(i + 3, '/') && t.adjacent(i + 3) && t.isNum(i + 4) && t.adjacent(i + 4)) {
            double f = fraction(i + 2, i + 4);
            if (!Double.isNaN(f)) {
                Candidate c = cand(i, i + 5, CARD, v + f);
                c.rule = "<whole>-<fraction>";
                return c;
            }
        }
        // "5 1/2 inches": a whole number and a fraction after a space (not a date: "5 1/2/2020")
        if (t.isPlainNum(i) && integer && t.numFlags[i] == 0 && v < 1000 && t.gap[i + 1 < t.size ? i + 1 : i] == 1
                && t.isPlainNum(i + 1) && t.is(i + 2, '/') && t.adjacent(i + 2) && t.isPlainNum(i + 3) && t.adjacent(i + 3)
                && !(t.is(i + 4, '/') && t.adjacent(i + 4))) {
            double f = fraction(i + 1, i + 3);
            if (!Double.isNaN(f) && FRACTION_DENOMINATORS.contains((int) t.value[i + 3])) {
                Candidate c = cand(i, i + 4, CARD, v + f);
                c.rule = "<whole> <fraction>";
                return c;
            }
        }
        // "a ratio of 3:2", "a 2:1 margin": a ratio written with a colon (a clock time has two digits after it)
        if (t.isPlainNum(i) && integer && t.is(i + 1, ':') && t.adjacent(i + 1) && t.isPlainNum(i + 2) && t.adjacent(i + 2)
                && t.end[i + 2] - t.start[i + 2] == 1 && t.value[i + 2] > 0 && !t.is(i + 3, ':') && !lx.cue(t, i - 1, Cue.SCORE_VERB)) {
            Candidate c = cand(i, i + 3, FRAC, round4(v / t.value[i + 2]));
            c.rule = "<number>:<number>";
            return c;
        }
        if (t.isPlainNum(i) && t.is(i + 1, '/') && t.adjacent(i + 1) && t.isNum(i + 2) && t.adjacent(i + 2)) {
            if (t.is(i + 3, '/') && t.adjacent(i + 3) && t.isNum(i + 4) && t.adjacent(i + 4)) {
                return skip(i, i + 5); // 5/6/2021: a date
            }
            double f = fraction(i, i + 2, true);
            if (Double.isNaN(f) || !FRACTION_DENOMINATORS.contains((int) t.value[i + 2])) {
                return skip(i, i + 3); // 24/7, 9/11: not a share of anything
            }
            Candidate c = cand(i, i + 3, FRAC, round4(f));
            c.rule = "<fraction>";
            return c;
        }
        if (t.numEnd[i] < t.end[i]) {
            int a = t.numEnd[i];
            int b = t.end[i];
            String suffix = t.text.subSequence(a, b).toString().toLowerCase(java.util.Locale.ROOT);
            if (integer && suffix.equals(ordinalSuffix((long) v))) {
                Candidate c = cand(i, i + 1, ORD, v);
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
                // "the 1.5m-strong union": a membership counted in millions
                boolean strong = t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && t.is(i + 2, "strong");
                boolean event = t.is(i - 1, "the") && !strong && (i + 1 >= t.size || t.kind[i + 1] == Tokens.SYM || t.gap[i + 1] == 2
                        || lx.cue(t, i - 2, Cue.RACE_VERB)); // "ran the 100m in 9.58 seconds"
                if (!priced && letter == 'm' && (event // "she won the 200m."
                        || lx.cue(t, i + 1, Cue.METRE_CONTEXT)
                        || scan.units.smallerPartAt(i + 1, "m") // "3m 20cm"
                        || listedAfterLength(i) // "ran 5km, 800m and 200m"
                        || waterLevel(i) // "the river peaked at 5.3m"
                        || lx.cue(t, i - 1, Cue.JUMP_VERB) // "she cleared 2.05m"
                        // "a room 4m by 5m", "4m x 3m": the sides of an area
                        || (t.is(i + 1, "by") || t.is(i + 1, "x")) && glued(i + 2, 'm')
                        || (t.is(i - 1, "by") || t.is(i - 1, "x")) && glued(i - 2, 'm')
                        // "the 10,000m", "1500m": millions that large are written in billions
                        || integer && v >= 1000 && lx.currencies.at(t, i + 1) == null
                        || powerSign(i + 1))) { // "85m²": square metres
                    sm = null; // "the 100m final", "a 30m drop": metres
                }
            }
            if (sm != null) {
                Candidate c = cand(i, i + 1, CARD, v * sm.value());
                c.scaled = true;
                c.scale = sm.value();
                c.rule = "<number><scale>";
                return c;
            }
            if (b - a == 1 && t.chars[a] == 'p' && v < 10_000 && !VIDEO_LINES.contains((int) v) && lx.currencies.endingAt(t, i, 2) == null) {
                // "12p a litre", "99p", "from 420p to 280p": pence glued to the figure ("720p", "1080p" are video)
                Candidate c = cand(i, i + 1, CARD, v);
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
            PhraseTable.Match<Lexicon.Unit> cm = t.is(i + 1, '/') && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isWord(i + 2)
                    ? gluedUnit(a, i + 2) : null;
            if (cm != null) {
                u = cm.value();
                te = i + 3;
            }
            // "85m²", "40m³": a square or cubic unit glued to the figure
            PhraseTable.Match<Lexicon.Unit> pm = powerSign(i + 1) ? gluedUnit(a, i + 1) : null;
            if (pm != null) {
                u = pm.value();
                te = i + 2;
            }
            if (suffix.equals("s") && integer && t.numFlags[i] == 0 && v >= 10 && v <= 110) {
                Candidate age = agesInS(i, v);
                if (age != null) {
                    return age;
                }
            }
            if (u == null && suffix.equals("s") && (t.numFlags[i] & 2) != 0) {
                // "9.58s": seconds glued to a decimal ("the 1990s" is a decade, "in her 60s" an age, read above)
                u = SECONDS;
            }
            if (u != null && !suffix.equals("am") && !suffix.equals("pm")) {
                Candidate c = cand(i, te, CARD, v);
                c.applyUnit(u);
                c.rule = "<number><unit>";
                return c;
            }
            if (suffix.equals("x") && !t.capitalized(i + 1) && !(t.isDash(i + 1) && t.adjacent(i + 1))) {
                // "rose 1.5x", "a 10x return": a multiplier; "10x Genomics" names a company
                Candidate c = cand(i, i + 1, MULT, v);
                c.rule = "<number>x";
                return c;
            }
            return skip(i, i + 1);
        }
        int spaced = spacedThousands(i);
        if (spaced > 0) {
            double whole = v;
            for (int g = i + 1; g < spaced; g++) {
                whole = whole * 1000 + t.value[g];
            }
            Candidate c = cand(i, spaced, CARD, whole);
            c.rule = "<number> <000> <000>";
            return c;
        }
        return cand(i, i + 1, CARD, v);
    }

    /**
     * Ages written as a plural: "in his 40s", "women in their early 30s" (a decade of life, as a range of
     * years), "over-65s", "under-18s" (people past or short of an age). Null for any other "40s" ("the
     * 1980s", "in the 90s").
     */
    private Candidate agesInS(int i, double v) {
        // "the under-21s won 3-0", "England Under-21s": a team named by its age limit
        boolean team = t.is(i - 2, "under") && (t.is(i - 3, "the") || t.capitalized(i - 2) && !t.sentenceInitial(i - 2));
        if (t.isDash(i - 1) && t.adjacent(i - 1) && t.adjacent(i) && (t.is(i - 2, "over") || t.is(i - 2, "under")) && !team) {
            Candidate c = cand(i - 2, i + 1, CARD, v);
            c.coreS = i;
            boolean over = t.is(i - 2, "over");
            c.bound = over ? "lower" : "upper";
            c.qualified = true;
            c.kind = "duration";
            c.unit = "years";
            c.rule = "over|under-<age>s";
            return c;
        }
        int k = i - 1;
        if (v % 10 != 0 || v > 100) {
            return null;
        }
        if ((t.is(k, "and") || t.is(k, "or")) && glued(k - 1, 's') && agesInS(k - 1, t.value[k - 1]) != null) {
            return decadeOfLife(i, i, v); // "in their 20s and 30s": the second decade of a pair
        }
        if (t.is(k, "early") || t.is(k, "mid") || t.is(k, "late")) {
            k--;
        } else if (t.isDash(k) && t.adjacent(k) && t.adjacent(i) && t.is(k - 1, "mid")) {
            k -= 2; // "mid-40s"
        }
        if (!t.isWord(k) || !t.is(k - 1, "in") || !AGE_OWNERS.contains(t.text(k).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return decadeOfLife(k + 1, i, v);
    }

    /** The ten years from {@code v}, the decade of life written at token {@code i}, in a span opening at {@code from}. */
    private Candidate decadeOfLife(int from, int i, double v) {
        Candidate c = cand(from, i + 1, CARD, v);
        c.coreS = i;
        c.max = v + 9;
        c.bound = "range";
        c.qualified = true;
        c.kind = "duration";
        c.unit = "years";
        c.rule = "in <their> <decade of life>s";
        return c;
    }

    /** The words that own a decade of life: "in his 40s", "in their early 30s". */
    private static final java.util.Set<String> AGE_OWNERS = java.util.Set.of("his", "her", "their", "my", "your", "our");

    /** The unit "s" stands for after a decimal: seconds, as units.tsv writes them. */
    private static final Lexicon.Unit SECONDS = new Lexicon.Unit("seconds", "duration", 1.0);

    /** A number with the one letter {@code letter} glued to it at token {@code k} ("5m", "40s"). */
    boolean glued(int k, char letter) {
        return t.isNum(k) && t.end[k] - t.numEnd[k] == 1 && t.chars[t.numEnd[k]] == letter;
    }

    /** Lengths that a figure in metres may follow in a list. */
    private static final java.util.Set<String> LENGTHS = java.util.Set.of("km", "m", "cm", "mm", "mi", "ft", "yd");

    /**
     * The unit written from char {@code a} (the letters glued to a figure) through token {@code last}, when
     * that whole run is one unit of the lexicon: "km/h" in "100km/h", "m²" in "85m²"; else null.
     */
    private PhraseTable.Match<Lexicon.Unit> gluedUnit(int a, int last) {
        Tokens compound = Tokens.of(t.text.subSequence(a, t.end[last]));
        PhraseTable.Match<Lexicon.Unit> m = lx.units.at(compound, 0);
        return m != null && m.length() == compound.size ? m : null;
    }

    /** True when token {@code k} is a superscript two or three glued to the token before it ("m²", "m³"). */
    private boolean powerSign(int k) {
        return (t.is(k, '\u00b2') || t.is(k, '\u00b3')) && t.adjacent(k);
    }

    /**
     * "The river peaked at 5.3m", "waves of up to 8m high": a figure below 100 in metres after a body of
     * water named a few words before it in the same clause, with no currency in between.
     */
    private boolean waterLevel(int i) {
        // and no noun after it to count: "floods displaced 1.2m people" are millions
        int a = i + 1;
        boolean nothingCounted = a >= t.size || t.gap[a] == 2 || t.kind[a] == Tokens.SYM
                || lx.hasClass(t, a, Lexicon.FUNC | Lexicon.TIMEPREP) || t.is(a, "high") || t.is(a, "deep");
        if (t.value[i] >= 100 || !nothingCounted) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(t.lo, i - 7); k--) {
            if (stop(k) || t.gap[k + 1] == 2 || lx.currencies.at(t, k) != null) {
                return false;
            }
            if (lx.cue(t, k, Cue.WATER_LEVEL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the number at {@code i} follows a length in a list or range ("5km, 800m and 200m", "1km to
     * 800m"): the figure found last ends just before the comma, "and", "or", "to" or dash, in a unit of length.
     */
    private boolean listedAfterLength(int i) {
        int k = i - 1;
        if (scan.out.isEmpty() || !(t.is(k, ',') || t.is(k, "and") || t.is(k, "or") || t.is(k, "to") || t.isDash(k))) {
            return false;
        }
        Quantity last = scan.out.get(scan.out.size() - 1);
        return k - 1 >= 0 && last.end() == t.end[k - 1] && "measure".equals(last.kind()) && LENGTHS.contains(last.unit());
    }

    double fraction(int num, int den) {
        return fraction(num, den, false);
    }

    /** As {@link #fraction(int, int)}; with {@code marks}, also a decimal mark out of 5, 10 or 100 ("rated 4.8/5", "7.5/10"). */
    double fraction(int num, int den, boolean marks) {
        boolean mark = marks && t.numFlags[Math.max(0, num)] == 2 && t.isPlainNum(den) && t.numFlags[den] == 0
                && (t.value[den] == 5 || t.value[den] == 10 || t.value[den] == 100);
        if (!t.isPlainNum(num) || !t.isPlainNum(den) || t.numFlags[num] != 0 && !mark || t.numFlags[den] != 0) {
            return Double.NaN;
        }
        double a = t.value[num];
        double b = t.value[den];
        if (b < 2 || b > 100 || a < 1 || a >= b) {
            return Double.NaN;
        }
        return a / b;
    }

    /** The suffix English writes after {@code n} as an ordinal: "1st", "12th", "23rd"; "15st" is 15 stone. */
    static String ordinalSuffix(long n) {
        long tens = n % 100;
        if (tens >= 11 && tens <= 13) {
            return "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** "a billion-dollar company", "a million-pound house": a sum of at least that much; not "the million-dollar question". */
    private Candidate scaleCurrency(int i) {
        if (t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isWord(i + 2) && !t.is(i + 3, "question")
                && (t.is(i, "million") || t.is(i, "billion") || t.is(i, "trillion"))) {
            PhraseTable.Match<Lexicon.Currency> cur = lx.currencies.at(t, i + 2);
            PhraseTable.Match<Double> scale = lx.scales.at(t, i);
            if (cur != null && cur.length() == 1 && cur.value().post() && scale != null && scale.length() == 1) {
                Candidate c = cand(i, i + 3, CARD, scale.value());
                c.spelled = true;
                c.scaled = true;
                c.money = true;
                c.kind = "money";
                c.unit = scan.iso(cur.value());
                c.bound = "lower";
                c.qualified = true;
                c.rule = "<scale>-<currency>";
                return c;
            }
        }
        return null;
    }

    Candidate wordAtom(int i) {
        if (article(i) && t.is(i + 2, "and") && t.is(i + 3, "a") && t.is(i + 4, "half") && t.isWord(i + 1)) {
            // "a mile and a half", "an hour and a half": one and a half of the unit
            PhraseTable.Match<Lexicon.Unit> u = lx.units.at(t, i + 1);
            if (u != null && u.length() == 1 && !"percent".equals(u.value().kind())) {
                Candidate c = cand(i, i + 5, CARD, 1.5);
                c.spelled = true;
                c.applyUnit(u.value());
                c.rule = "a <unit> and a half";
                return c;
            }
        }
        if (article(i) && t.is(i + 2, "and") && t.isWord(i + 1) && (t.isPlainNum(i + 3) || lx.numbers.get(t, i + 3) != null)
                && t.isWord(i + 4)) {
            // "an hour and 40 minutes", "a year and three months": one of the unit, and its smaller part after
            PhraseTable.Match<Lexicon.Unit> u = lx.units.at(t, i + 1);
            if (u != null && u.length() == 1 && "duration".equals(u.value().kind())
                    && scan.units.subunitOf(t.text(i + 4), u.value().unit()) != null) {
                Candidate c = cand(i, i + 2, CARD, 1);
                c.spelled = true;
                c.applyUnit(u.value());
                c.rule = "a <unit>";
                return c;
            }
        }
        if (t.is(i, "a")) {
            // "fell by a point to 38%", "rose a full percentage point": one percentage point
            int p = t.is(i + 1, "full") ? i + 2 : i + 1;
            boolean percentage = t.is(p, "percentage") && t.is(p + 1, "point");
            int e = percentage ? p + 2 : t.is(p, "point") ? p + 1 : -1;
            if (e > 0 && (percentage || scan.units.pointOfAPercentage(p))) {
                Candidate c = cand(i, e, CARD, 1);
                c.spelled = true;
                c.kind = "percentage_points";
                c.unit = "pp";
                c.rule = "a [full] [percentage] point";
                return c;
            }
        }
        if (article(i) && t.isWord(i + 1) && lx.afterArticle.get(t, i + 1) == null) {
            return null; // "a", "an" open a quantity only before the words that make one
        }
        PhraseTable.Match<Double> vague = lx.vague.at(t, i);
        if (vague != null && t.is(i, "scores") && !t.is(i + vague.length(), "of")) {
            return null; // "test scores rose": only "scores of people" is a vague number
        }
        if (vague != null) {
            Candidate c = cand(i, i + vague.length(), VAGUE, vague.value());
            c.spelled = true;
            c.rule = "<vague magnitude>";
            return c;
        }
        PhraseTable.Match<Double> frac = lx.fractions.at(t, i);
        if (frac != null && frac.length() == 2 && (t.is(i, "a") || t.is(i, "an")) && lx.ordinals.get(t, i + 1) != null
                && inSeries(i + 2)) {
            return null; // "for a third month", "a fourth straight week", "a third term": an ordinal, not a share
        }
        if (frac != null) {
            Candidate c = cand(i, i + frac.length(), FRAC, frac.value());
            c.spelled = true;
            c.fractionWord = true;
            c.rule = "<fraction word>";
            return c;
        }
        Lexicon.Multiplier mult = lx.multipliers.get(t, i);
        if (mult != null && !(t.isDash(i + 1) && t.adjacent(i + 1))) {
            String w = t.text(i).toLowerCase(java.util.Locale.ROOT);
            // "could double", "plans to triple": the bare verb after a modal or "to"; not "a double room"
            // "..., double the original budget": before a determiner it compares with a base, as after a verb
            boolean bareVerb = lx.hasClass(t, i - 1, Lexicon.AUX) || t.is(i - 1, "to")
                    || !t.is(i - 1, "a") && !t.is(i - 1, "the") && lx.cue(t, i + 1, Cue.TIMES_BASE) && lx.hasClass(t, i + 1, Lexicon.DET);
            if (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("es") || w.endsWith("les") || w.endsWith("fold") || bareVerb) {
                Candidate c = cand(i, i + 1, MULT, mult.value());
                c.change = mult.change();
                c.rule = "<multiplier verb>";
                return c;
            }
        }
        if (t.is(i, "no") && t.capitalized(i) && t.is(i + 1, '.') && t.adjacent(i + 1) && t.isPlainNum(i + 2)) {
            Candidate c = cand(i, i + 3, RANK, t.value[i + 2]);
            c.rule = "No. <number>";
            return c;
        }
        // "the world No 1": written without the dot, and never to open a sentence ("No 5 people ...")
        if (t.is(i, "no") && t.chars[t.start[i]] == 'N' && t.chars[t.start[i] + 1] == 'o' && !t.sentenceInitial(i)
                && t.isPlainNum(i + 1) && t.gap[i + 1] == 1 && t.numFlags[i + 1] == 0 && t.value[i + 1] >= 1 && t.value[i + 1] <= 100) {
            if (t.is(i - 1, "outside") || t.is(i - 1, "inside") || t.is(i - 1, "into")) {
                return skip(i, i + 2); // "outside No 10": an address
            }
            Candidate c = cand(i, i + 2, RANK, t.value[i + 1]);
            c.rule = "No <number>";
            return c;
        }
        if (t.is(i, "twice")) {
            Candidate c = cand(i, i + 1, TWICE, 2);
            c.spelled = true;
            return c;
        }
        Integer ord = lx.ordinals.get(t, i);
        if (ord != null) {
            Candidate c = cand(i, i + 1, ORD, ord);
            c.spelled = true;
            c.rule = "<ordinal word>";
            return c;
        }
        int first = i;
        // "a couple of hundred": about twice the magnitude
        if (t.is(i, "a") && t.is(i + 1, "couple") && t.is(i + 2, "of") && t.isWord(i + 3)) {
            Lexicon.NumberWord nw = lx.numbers.get(t, i + 3);
            if (magnitude(nw)) {
                Candidate c = cand(i, i + 4, CARD, 2 * nw.value());
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
            } else if (t.is(i, "a") && t.is(i + 1, "point") && changeWord(i - 1) != null && scan.units.percentNear(i + 1)) {
                // "support slipped a point to 27%", "up a point on the month": one percentage point
                Candidate c = cand(i, i + 2, CARD, 1);
                c.spelled = true;
                c.kind = "percentage_points";
                c.unit = "pp";
                c.rule = "a point <near a percentage>";
                return c;
            } else if (t.is(i + 1, "decade") || t.is(i + 1, "century")) {
                if (i > 0 && !out.isEmpty() && out.get(out.size() - 1).end() == t.end[i - 1]) {
                    return null; // "warming of 0.2C a decade": the period of a rate, not a length of time
                }
                Candidate c = cand(i, i + 1, CARD, 1);
                c.spelled = true;
                c.rule = "a <duration unit>";
                return c;
            } else {
                return null;
            }
        }
        if (first == i && magnitude(lx.numbers.get(t, i))) {
            return null; // "billion" with no number or article before it ("R254 billion" when R254 is unread) counts nothing
        }
        Candidate c = spelled(first);
        if (c != null) {
            c.ts = c.coreS = i;
        }
        return c;
    }

    /** Spelled-out cardinals: "twenty-three", "two hundred and fifty", "five thousand", "a dozen". */
    Candidate spelled(int i) {
        double total = 0;
        double current = 0;
        int j = i;
        int last = -1;
        String prevRole = null;
        double lastScale = 0;
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
                    lastScale = v;
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
        Candidate half = andAHalf(i, last + 1, total, current, lastScale);
        if (half != null) {
            return half;
        }
        Candidate c = cand(i, last + 1, CARD, total + current);
        c.spelled = true;
        c.rule = "<spelled number>";
        return c;
    }

    /**
     * "one-and-a-half", "two and a half million": a small spelled number and a half, perhaps scaled;
     * "a million and a half": half of the last magnitude more.
     */
    Candidate andAHalf(int i, int k, double total, double current, double lastScale) {
        boolean ofMagnitude = total != 0 && current == 0 && lastScale > 0;
        if (!ofMagnitude && (total != 0 || current <= 0 || current >= 100)) {
            return null;
        }
        boolean joined = t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1);
        int a = joined ? k + 1 : k;
        int b = a + 1 + (joined ? 1 : 0);
        int h = b + 1 + (joined ? 1 : 0);
        if (!t.is(a, "and") || !t.is(b, "a") || !t.is(h, "half") || joined && !(t.isDash(a + 1) && t.isDash(b + 1))) {
            return null;
        }
        if (ofMagnitude) {
            Candidate c = cand(i, h + 1, CARD, total + lastScale / 2);
            c.spelled = true;
            c.scaled = true;
            c.scale = lastScale;
            c.rule = "<spelled number> and a half";
            return c;
        }
        Candidate c = cand(i, h + 1, CARD, current + 0.5);
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

    /** A number word that multiplies what comes before it ("hundred", "million", "dozen"). */
    static boolean magnitude(Lexicon.NumberWord nw) {
        return nw != null && nw.magnitude();
    }

    boolean isUnitWord(int j) {
        if (!t.isWord(j)) {
            return false;
        }
        Lexicon.NumberWord w = lx.numbers.get(t, j);
        return w != null && w.role().equals("unit");
    }

    /** A word that an ordinal numbers in a series: one period ("month", not "months"), "straight", "time", "term". */
    private boolean inSeries(int k) {
        if (t.is(k, "straight") || t.is(k, "successive") || t.is(k, "consecutive") || t.is(k, "time") || t.is(k, "term")
                || t.is(k, "round")) {
            return true;
        }
        PhraseTable.Match<Lexicon.Unit> u = lx.units.at(t, k);
        return u != null && u.length() == 1 && "duration".equals(u.value().kind()) && t.chars[t.end[k] - 1] != 's';
    }
}
