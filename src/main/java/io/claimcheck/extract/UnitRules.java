package io.claimcheck.extract;

import static io.claimcheck.extract.Candidate.*;

import java.util.List;

/**
 * The rules that read what stands next to a number: a currency sign before it, and after it a
 * scale, a currency, a unit, a hyphen compound, a ratio ("one in five"), a rank's noun, a
 * qualifier ("or more"). The rules after the number are values in {@link #FOLLOWING}, applied in
 * order, each from the token where the one before stopped.
 */
final class UnitRules extends ScanPart {

    /** What may follow a number, in the order the rules apply. */
    static final List<GrammarRule<UnitRules>> FOLLOWING = List.of(
            new GrammarRule<>("<number> [-]<scale>", UnitRules::scale),
            new GrammarRule<>("<fraction word> [of] a <scale>", UnitRules::shareOfScale),
            new GrammarRule<>("<number>|<vague magnitude> <currency>", UnitRules::currency),
            new GrammarRule<>("<number> cents|pence", UnitRules::cents),
            new GrammarRule<>("<number> per|to the|against the <currency>", UnitRules::exchangeRate),
            new GrammarRule<>("<number> points <near a percentage>", UnitRules::points),
            new GrammarRule<>("<number>|<vague magnitude> [a|of a] <unit>", UnitRules::unit),
            new GrammarRule<>("<number> <unit> [,][and] <number> <smaller unit>", UnitRules::subunit),
            new GrammarRule<>("<number> <unit> per|/ <unit>", UnitRules::perUnit),
            new GrammarRule<>("<vague magnitude> of <currency>", UnitRules::vagueMoney),
            new GrammarRule<>("<number>-<unit>[-old]|-fold|-point|-plus|-odd, <fraction word>-point", UnitRules::hyphenCompound),
            new GrammarRule<>("<number> times <comparison>", UnitRules::times),
            new GrammarRule<>("number <number>", UnitRules::numberRank),
            new GrammarRule<>("<number> in|out of <number>", UnitRules::oneIn),
            new GrammarRule<>("<ordinal> place|-<superlative>", UnitRules::ordinalNoun),
            new GrammarRule<>("<number> <post-qualifier>|+", UnitRules::postQualifier));

    UnitRules(Scan scan) {
        super(scan);
    }

    void leftCurrency(Candidate c) {
        if (c.type != CARD && c.type != FRAC) {
            return;
        }
        PhraseTable.Match<Lexicon.Currency> m = lx.currencies.endingAt(t, c.ts, 3);
        if (m != null && !Scan.nameForm(t, m, c.ts - m.length())) {
            m = lx.currencies.endingAt(t, c.ts, m.length() - 1);
        }
        if (m != null && m.value().pre() && !lineBreakInside(c.ts - m.length(), c.ts)) {
            c.ts -= m.length();
            c.money = true;
            c.kind = "money";
            c.unit = scan.iso(m.value());
            c.rule = "<currency> " + c.rule;
        }
    }

    /** Applies {@link #FOLLOWING} from the token after the number; a line break ends what follows. */
    void right(Candidate c) {
        int k = c.te;
        if (k < t.size && t.gap[k] == 2) {
            return;
        }
        for (GrammarRule<UnitRules> rule : FOLLOWING) {
            k = rule.apply(this, c, k);
        }
        c.te = k;
    }

    int scale(Candidate c, int k) {
        if (c.type != CARD || c.scaled) {
            return k;
        }
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
        return k;
    }

    /** "half a million", "a quarter of a million", "half a dozen", "a half-million": a share of a magnitude is a number. */
    int shareOfScale(Candidate c, int k) {
        if (c.type != FRAC || !c.fractionWord) {
            return k;
        }
        // "a half-million acres": the share joined to its magnitude by a hyphen
        boolean joined = t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1);
        int at = t.is(k, "a") || joined ? k + 1 : t.is(k, "of") && t.is(k + 1, "a") ? k + 2 : -1;
        PhraseTable.Match<Double> s = at < 0 || !t.isWord(at) ? null : lx.scales.at(t, at);
        double scale = s != null && t.end[at] - t.start[at] > 2 ? s.value() : at > 0 && t.is(at, "dozen") ? 12 : 0;
        if (scale > 0) {
            c.type = CARD;
            c.value = exactShare(c.value) * scale; // a third of a million is 333,333.33, not 333,300
            c.scaled = true;
            c.scale = scale;
            k = at + (s != null ? s.length() : 1);
            c.rule += " a <scale>";
        }
        return k;
    }

    /** The exact share a fraction word's four decimals stand for (0.3333 is 1/3), else the value itself. */
    static double exactShare(double v) {
        for (int d = 2; d <= 12; d++) {
            double n = Math.rint(v * d);
            if (Math.abs(n / d - v) < 1e-4) {
                return n / d;
            }
        }
        return v;
    }

    /** "600 billion yuan", "a few million dollars". */
    int currency(Candidate c, int k) {
        if (c.type != CARD && c.type != FRAC && c.type != VAGUE || c.money) {
            return k;
        }
        PhraseTable.Match<Lexicon.Currency> m = lx.currencies.at(t, k);
        if (m != null && t.is(k, "pounds") && (weighed(c.ts) || t.is(k + 1, "of") && lx.cue(t, k + 2, Cue.WEIGHED_GOODS))) {
            m = null; // "lost 40 pounds", "weighing 300 pounds", "7.5 million pounds of thrust": weight, not sterling
        }
        if (m != null && t.is(k, "won") && (c.value < 100 && !c.scaled || lx.hasClass(t, k + 1, Lexicon.DET))) {
            m = null; // "one won", "two won the vote", "500 won a prize": the verb; "15,000 won", "3.4 trillion won" are Korean won
        }
        if (m != null && m.value().post() && t.gap[k] != 2) {
            c.money = true;
            c.kind = "money";
            c.unit = scan.iso(m.value());
            k += m.length();
            c.rule += " <currency>";
        }
        return k;
    }

    /** "up 20 cents": money in the currency the sentence is about, 100 cents to the unit. */
    int cents(Candidate c, int k) {
        // "64.5 US cents": the cents of a named dollar
        int us = (t.is(k, "us") || t.is(k, "u.s.")) && t.is(k + 1, "cents") && t.gap[k + 1] == 1 ? 1 : 0;
        if (c.type != CARD || c.money || c.kind != null || !(t.is(k + us, "cents") || t.is(k, "pence")) || t.gap[k] == 2) {
            return k;
        }
        c.money = true;
        c.kind = "money";
        c.unit = t.is(k, "pence") ? "GBP" : us == 1 ? "USD" : currencyBefore(c.ts, "USD");
        c.value /= 100;
        c.rule += " <cents>";
        return k + 1 + us;
    }

    /**
     * "the rupee weakened to 83.6 per dollar", "the yen at 151.2 to the dollar": an exchange rate is
     * money in the currency named before it, so many to one of the currency after it. Read only when
     * the sentence names that other currency; the words after the number stay outside the span, as
     * "a barrel" does after "$74.30".
     */
    int exchangeRate(Candidate c, int k) {
        if (c.type != CARD || c.money || c.kind != null || t.gap[k] == 2) {
            return k;
        }
        int at = t.is(k, "per") ? k + 1 : (t.is(k, "to") || t.is(k, "against")) && t.is(k + 1, "the") ? k + 2 : -1;
        PhraseTable.Match<Lexicon.Currency> per = at < 0 || !t.isWord(at) ? null : lx.currencies.at(t, at);
        if (per == null || !per.value().post()) {
            return k;
        }
        String named = currencyBefore(c.ts, null);
        String other = scan.iso(per.value());
        if (named != null && !named.equals(other)) {
            // "83.6 per dollar" is strict: so many of the named currency to one dollar. "Against" and
            // "to the" follow how markets quote: the euro, the pound, the Australian and New Zealand
            // dollars and the US dollar are priced in the other currency ("the pound at 1.25 against
            // the dollar" is $1.25, "the dollar at 151 to the yen" 151 yen), the rest in themselves
            // ("the rupee at 83.6 against the dollar" is 83.6 rupees)
            c.money = true;
            c.kind = "money";
            c.unit = !t.is(k, "per") && PRICED_IN_OTHERS.contains(named) ? other : named;
            c.rule += " <per currency>";
        }
        return k;
    }

    /** Currencies that a rate against another currency prices in that other currency. */
    private static final java.util.Set<String> PRICED_IN_OTHERS = java.util.Set.of("EUR", "GBP", "AUD", "NZD", "USD");

    /**
     * "the FTSE 100 fell 85 points": points of a market index; "rose 2.1 points to 34.2%", "leads by 4
     * points, 48% to 44%": points of a percentage.
     */
    int points(Candidate c, int k) {
        if (c.type != CARD && c.type != FRAC || c.money || c.kind != null
                || !(t.is(k, "points") || t.is(k, "point") || t.is(k, "pts")) || t.gap[k] == 2) {
            return k;
        }
        if (marketIndexBefore(c.ts)) {
            // "the FTSE 100 fell 85 points", "the Dow closed up 312.4 points": a move in index points
            c.kind = "measure";
            c.unit = "points";
            c.rule += " points <of a market index>";
            return k + 1;
        }
        // "a margin of error of 3.1 points": a poll's margin is in percentage points
        boolean margin = t.is(c.ts - 1, "of") && t.is(c.ts - 2, "error") && t.is(c.ts - 3, "of") && t.is(c.ts - 4, "margin");
        if (c.value <= 100 && (percentNear(k) || margin)
                && !restatedAsPercent(k + 1)) {
            c.kind = "percentage_points";
            c.unit = "pp";
            c.rule += " points <near a percentage>";
            return k + 1;
        }
        return k;
    }

    /** True when a stock index is named earlier in the sentence, within a dozen tokens of {@code i}. */
    private boolean marketIndexBefore(int i) {
        for (int k = i - 1; k >= Math.max(t.lo, i - 12); k--) {
            if (stop(k) || t.gap[k + 1] == 2) {
                return false;
            }
            if (lx.cue(t, k, Cue.MARKET_INDEX) || t.is(k, "p") && t.is(k - 1, '&') && t.is(k - 2, "s") && t.adjacent(k)) {
                return true; // "the S&P 500 added 21.3 points"
            }
        }
        return false;
    }

    /** "3,500 square miles", "half a mile", "a quarter of a percentage point", "a few hundred metres". */
    int unit(Candidate c, int k) {
        if (c.type != CARD && c.type != FRAC && c.type != VAGUE || c.money || c.kind != null) {
            return k;
        }
        int from = k;
        if (c.type == FRAC && article(k)) {
            from = k + 1;
        } else if ((c.type == FRAC && c.fractionWord || c.type == CARD && c.value > 0 && c.value < 1) && t.is(k, "of") && article(k + 1)) {
            from = k + 2; // "a quarter of a percentage point", "half of a mile", "0.75 of a percentage point"
        } else if (c.type == VAGUE && t.is(k, "of") && t.gap[k + 1 < t.size ? k + 1 : k] != 2) {
            // "dozens of miles", "thousands of years": a vague magnitude of a unit
            PhraseTable.Match<Lexicon.Unit> of = lx.units.at(t, k + 1);
            if (of != null && ("measure".equals(of.value().kind()) || "duration".equals(of.value().kind()))
                    && lx.currencies.at(t, k + 1) == null) { // "thousands of pounds" are money (vagueMoney)
                from = k + 1;
            }
        }
        if (t.is(from, "consecutive") || t.is(from, "straight") || t.is(from, "successive")) {
            // "for 14 consecutive months": the months, counted in a row
            PhraseTable.Match<Lexicon.Unit> run = lx.units.at(t, from + 1);
            if (run != null && run.value().kind().equals("duration")) {
                from++;
            }
        }
        PhraseTable.Match<Lexicon.Unit> u = lx.units.at(t, from);
        if (u != null && u.value().unit().equals("st") && !weighed(c.ts) && !smallerPartAt(from + 1, "st")) {
            u = null; // "15 stone" is a weight after "weighed" or before its pounds; "12 stone cottages" are counted
        }
        if (u != null && t.gap[from] != 2 && unitFits(from, u)) {
            c.applyUnit(u.value());
            k = from + u.length();
            c.rule += " <unit>";
        } else if ((from == k + 2 || from == k + 1 && c.type == FRAC) && t.is(from, "point") && t.gap[from] != 2
                && (from == k + 2 || pointOfAPercentage(from))) {
            // "raised rates by three-quarters of a point", "rose a tenth of a point": of a percentage point,
            // a quantity of its own as any unit makes a fraction; "cut rates by half a point" near a rate too
            c.kind = "percentage_points";
            c.unit = "pp";
            c.type = CARD;
            k = from + 1;
            c.rule += " of a point";
        }
        return k;
    }

    /** The symbols of the units of time a measure may be counted per ("tonnes per year" is t/yr). */
    private static final java.util.Map<String, String> PER_TIME = java.util.Map.of("hours", "h", "minutes", "min",
            "seconds", "s", "days", "d", "weeks", "wk", "years", "yr");

    /**
     * "0.5 milligrams per kilogram" (mg/kg), "2.5 tonnes per hectare" (t/ha), "40 tonnes per year" (t/yr):
     * a measure per a unit of another measure or of time is one compound unit. "23 kilograms per bag"
     * keeps kg; money and percentages keep their own units.
     */
    int perUnit(Candidate c, int k) {
        if (!"measure".equals(c.kind) || c.unit == null || c.unit.indexOf('/') >= 0
                || !(t.is(k, "per") || t.is(k, '/') && t.adjacent(k + 1)) || t.gap[k] == 2 || t.gap[k + 1 < t.size ? k + 1 : k] == 2) {
            return k;
        }
        PhraseTable.Match<Lexicon.Unit> u = lx.units.at(t, k + 1);
        if (u == null) {
            return k;
        }
        String per = u.value().factor() != 1 ? null : switch (u.value().kind()) {
            case "measure" -> u.value().unit();
            case "duration" -> PER_TIME.get(u.value().unit());
            default -> null;
        };
        if (per == null || per.indexOf('/') >= 0) {
            return k;
        }
        c.unit = c.unit + "/" + per;
        c.rule += " per <unit>";
        return k + 1 + u.length();
    }

    /**
     * "6ft 2in", "5 feet 11 inches", "2 hours 30 minutes", "3 hours, 12 minutes and 5 seconds", "two years
     * and three months": one figure in several units, each smaller than the one before and less than one
     * of it; the value is in the smallest unit written ({@code subunits.tsv}).
     */
    int subunit(Candidate c, int k) {
        if (c.type != CARD || c.unit == null || c.money || !("measure".equals(c.kind) || "duration".equals(c.kind))
                || c.value != Math.rint(c.value)) {
            return k; // "3.5m 20cm" is no figure
        }
        int parts = 0;
        // a time may be written as a list ("3 hours, 12 minutes and 5 seconds"); a length or weight in two
        // units stands together: "5km, 800m and 200m" are three distances
        boolean listed = c.kind.equals("duration");
        while (true) {
            int p = k;
            if (listed && t.is(p, ',')) {
                p++;
            }
            if (listed && t.is(p, "and")) {
                p++;
            }
            if (p >= t.size || lineBreakInside(k - 1, p)) {
                break;
            }
            double v;
            Lexicon.NumberWord word = t.isWord(p) ? lx.numbers.get(t, p) : null;
            if (t.isNum(p) && (t.numFlags[p] & 1) == 0) {
                v = t.value[p];
            } else if (word != null && !word.magnitude()) {
                v = word.value(); // "two years and three months"
            } else {
                break;
            }
            int next = t.isNum(p) && t.numEnd[p] < t.end[p] ? p + 1 : p + 2;
            String surface = partUnit(p);
            Lexicon.Subunit sub = surface == null ? null : subunitOf(surface, c.unit);
            // only the seconds of a time have decimals ("3 min 43.13 sec")
            if (sub == null || v < 0 || v >= sub.per() || v != Math.rint(v) && !sub.unit().equals("seconds")) {
                break;
            }
            c.value = c.value * sub.per() + v;
            c.unit = sub.unit();
            k = next;
            parts++;
        }
        if (parts > 0) {
            c.rule += " <number> <smaller unit>";
        }
        return k;
    }

    /** True when token {@code p} is a number in a unit smaller than {@code unit}, written right after it ("3m 20cm"). */
    boolean smallerPartAt(int p, String unit) {
        if (!t.isNum(p) || (t.numFlags[p] & 1) != 0) {
            return false;
        }
        String surface = partUnit(p);
        Lexicon.Subunit sub = surface == null ? null : subunitOf(surface, unit);
        return sub != null && t.value[p] < sub.per();
    }

    /**
     * The unit written with the part of a figure at token {@code p}: glued to its digits ("2in", "30min"),
     * else the word after it on the same line; null when there is none.
     */
    private String partUnit(int p) {
        if (t.isNum(p) && t.numEnd[p] < t.end[p]) {
            return t.text.subSequence(t.numEnd[p], t.end[p]).toString();
        }
        return t.isWord(p + 1) && t.gap[p + 1] != 2 ? t.text(p + 1) : null;
    }

    /** The smaller unit {@code surface} names after a figure in {@code unit}, or null. */
    Lexicon.Subunit subunitOf(String surface, String unit) {
        List<Lexicon.Subunit> subs = lx.subunits.get(surface.toLowerCase(java.util.Locale.ROOT));
        if (subs != null) {
            for (Lexicon.Subunit s : subs) {
                if (s.of().equals(unit)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** "millions of dollars", "tens of thousands of pounds": a vague sum of money. */
    int vagueMoney(Candidate c, int k) {
        if (c.type != VAGUE || !t.is(k, "of") || c.money) {
            return k;
        }
        PhraseTable.Match<Lexicon.Currency> m = lx.currencies.at(t, k + 1);
        if (m != null && m.value().post() && t.isWord(k + 1) && !t.is(k + 1, "won") && !t.is(k + 1, "rand")) {
            c.money = true;
            c.kind = "money";
            c.unit = scan.iso(m.value());
            k += 1 + m.length();
        }
        return k;
    }

    /** Hyphen compounds: 10-year-old, 20-minute, 18-fold, 500-plus, 20-odd. */
    int hyphenCompound(Candidate c, int k) {
        if (c.type == FRAC && c.fractionWord && c.kind == null) {
            // "cut rates by a quarter-point", "a half-point rise", "by a quarter point": a share of a percentage point
            boolean joined = t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1) && (t.is(k + 1, "point") || t.is(k + 1, "points"));
            boolean apart = t.is(k, "point") && t.gap[k] == 1 && !t.is(c.ts - 1, "the"); // not "at the half point"
            if (joined || apart) {
                c.kind = "percentage_points";
                c.unit = "pp";
                c.type = CARD;
                c.rule += joined ? "-point" : " point";
                return joined ? k + 2 : k + 1;
            }
        }
        if (c.type != CARD || c.kind != null || !t.isDash(k) || !t.adjacent(k) || !t.adjacent(k + 1) || !t.isWord(k + 1)) {
            return k;
        }
        PhraseTable.Match<Lexicon.Unit> u = lx.units.at(t, k + 1);
        if (u != null && u.length() == 1 && u.value().kind().equals("duration")) {
            c.applyUnit(u.value());
            k += 2;
            if (t.isDash(k) && t.adjacent(k) && (t.is(k + 1, "old") || t.is(k + 1, "olds"))) {
                k += 2; // "a 14-year-old", "24-year-olds"
                c.rule = "<number>-<unit>-old";
            } else {
                c.rule = "<number>-<unit>";
            }
        } else if (u != null && u.length() == 1 && u.value().kind().equals("measure") && t.end[k + 1] - t.start[k + 1] > 1) {
            // a 3,500-mile pipeline, a 6.1-inch screen, a 1.5-litre bottle
            c.applyUnit(u.value());
            k += 2;
            c.rule = "<number>-<unit>";
        } else if (t.is(k + 1, "fold")) {
            c.type = MULT;
            k += 2;
            c.rule = "<number>-fold";
        } else if (t.is(k + 1, "point") && c.value <= 100 && (lx.cue(t, k + 2, Cue.GAP_NOUN) || lx.cue(t, k + 2, Cue.CHANGE_NOUN))
                && percentNear(k + 1)) {
            // "a 3-point lead, 48% to 45%", "a 2-point drop to 41%"; not "a 10-point plan to cut crime by 20%"
            c.kind = "percentage_points";
            c.unit = "pp";
            k += 2;
            c.rule = "<number>-point";
        } else if (t.is(k + 1, "plus")) {
            c.bound = "lower";
            c.qualified = true;
            k += 2;
        } else if (t.is(k + 1, "odd") || t.is(k + 1, "something")) {
            c.bound = "approximate"; // "20-odd firms", "a 30-something founder"
            c.qualified = true;
            k += 2;
        }
        return k;
    }

    int times(Candidate c, int k) {
        // "debt rose to 1.4 times.": a level reached as a multiple, with the base said before
        boolean level = (t.is(c.ts - 1, "to") || t.is(c.ts - 1, "at")) && (k + 1 >= t.size || t.kind[k + 1] == Tokens.SYM && !t.isDash(k + 1));
        // "profits were up 1.5 times": a figure with a fraction, or after "is up", multiplies; "rose three times
        // this year" counts the rises
        boolean multiple = c.value != Math.rint(c.value) && !c.scaled && c.ts == c.coreS
                || t.is(c.ts - 1, "up") && lx.hasClass(t, c.ts - 2, Lexicon.AUX);
        if (c.type == CARD && c.kind == null && t.is(k, "times") && (isComparativeAfterTimes(k + 1) || level || multiple)) {
            c.type = MULT;
            c.rule = "<number> times <comparison>";
            return k + 1;
        }
        return k;
    }

    /** "reached number one", "the number 3 seed": a rank. */
    int numberRank(Candidate c, int k) {
        if (c.type == CARD && c.kind == null && t.is(c.ts - 1, "number") && !t.capitalized(c.ts - 1) && c.te == c.coreE
                && c.value >= 1 && c.value <= 100 && c.value == Math.rint(c.value) && !c.scaled) {
            c.type = RANK;
            c.ts -= 1;
            c.rule = "number <number>";
        }
        return k;
    }

    /** "one in five", "one in every eight", "three out of four", "a one-in-five chance": a share. */
    int oneIn(Candidate c, int k) {
        // "a one-in-five chance", "a 1-in-100-year flood"
        boolean hyphens = t.isDash(k) && t.adjacent(k) && t.is(k + 1, "in") && t.adjacent(k + 1) && t.isDash(k + 2)
                && t.adjacent(k + 2) && t.adjacent(k + 3);
        if (c.type != CARD || c.kind != null || !(c.value >= 1) || !(hyphens || t.is(k, "in") || t.is(k, "out") && t.is(k + 1, "of"))) {
            return k;
        }
        int at = hyphens ? k + 3 : t.is(k, "in") ? k + 1 : k + 2;
        if (t.is(k, "in") && t.is(at, "every")) {
            at++;
        }
        Candidate d = scan.atoms.atom(at);
        // "one in 2,500 babies", "1 in 10,000"; not "scored 2 in 2019", where the second number is a year
        boolean year = d != null && t.isPlainNum(d.coreS) && t.numFlags[d.coreS] == 0 && d.value >= 1000 && d.value <= 2100;
        if (d != null && d.type == CARD && d.value > c.value && (d.value <= 1000 || !year && !d.scaled) && d.te == d.coreE) {
            double whole = d.value;
            int end = d.te;
            PhraseTable.Match<Double> scale = t.isWord(end) && t.gap[end] == 1 ? lx.scales.at(t, end) : null;
            if (scale != null) {
                whole *= scale.value(); // "one in 292 million"
                end += scale.length();
            }
            c.type = FRAC;
            // four decimals as the corpus writes shares ("one in three" is 0.3333); a long-odds share keeps its digits
            c.value = whole <= 1000 ? round4(c.value / whole) : QuantityScanner.decimal(c.value / whole);
            k = end;
            c.rule = scale == null ? "<number> in <number>" : "<number> in <number> <scale>";
        }
        return k;
    }

    /** "second place", "the 30th anniversary", "third-largest", "the fifth largest economy". */
    int ordinalNoun(Candidate c, int k) {
        if (c.type != ORD) {
            return k;
        }
        if (t.is(k, "place") || t.is(k, "position") || t.is(k, "anniversary") || t.is(k, "anniversay")) {
            if (t.is(k, "anniversary") || t.is(k, "anniversay")) {
                c.kind = "duration";
                c.unit = "years";
            }
            k += 1;
        } else if (t.isDash(k) && t.adjacent(k) && t.isWord(k + 1) && t.adjacent(k + 1) && superlative(k + 1)) {
            k += 2;
        } else if (t.isWord(k) && t.gap[k] == 1 && spacedSuperlative(k)) {
            k += 1;
        }
        return k;
    }

    /** "500 or more", "20 plus": a qualifier after the number. */
    int postQualifier(Candidate c, int k) {
        PhraseTable.Match<String> post = lx.postQualifiers.at(t, k);
        // "£85m plus £15m in add-ons", "£40,000 plus a bonus" add to the figure; "20 plus" qualifies it
        boolean sum = post != null && t.is(k, "plus") && k + 1 < t.size
                && (t.isNum(k + 1) || lx.currencies.at(t, k + 1) != null || t.isWord(k + 1) && lx.numbers.get(t, k + 1) != null
                || lx.hasClass(t, k + 1, Lexicon.DET) // "£40,000 plus a bonus"
                // "damages of $2.1m plus costs", "£95,000 plus bonuses": money and what comes on top of it
                || c.money && t.isWord(k + 1) && !lx.hasClass(t, k + 1, Lexicon.AUX | Lexicon.FUNC | Lexicon.TIMEPREP | Lexicon.PRON)
                && lx.units.at(t, k + 1) == null);
        if (post != null && (c.type == CARD || c.type == VAGUE) && !c.qualified && t.gap[k] != 2 && !sum) {
            c.bound = post.value();
            c.qualified = true;
            k += post.length();
        } else if (c.type == CARD && !c.qualified && t.is(k, '+') && t.adjacent(k) && !(t.isNum(k + 1) && t.adjacent(k + 1))) {
            c.bound = "lower"; // "10,000+ members"; "5+3" is a sum
            c.qualified = true;
            k += 1;
        }
        return k;
    }

    /**
     * True when ", or 0.4%" follows: the same move restated as a share of the level, as an index's
     * points are ("the S&P 500 added 21.3 points, or 0.4%"). Points of a percentage are not restated so.
     */
    private boolean restatedAsPercent(int k) {
        int j = t.is(k, ',') ? k + 1 : k;
        return t.is(j, "or") && t.isNum(j + 1) && (t.is(j + 2, '%') || t.is(j + 2, "percent") || t.is(j + 2, "per") && t.is(j + 3, "cent"));
    }

    /** True when a percentage is written within eight tokens of {@code k}, in the same sentence. */
    /**
     * True when "point" at {@code k} is a percentage point: a percentage stands near, or a rate is named a
     * few words before ("support fell by a point", "the rate was cut by half a point").
     */
    boolean pointOfAPercentage(int k) {
        if (percentNear(k)) {
            return true;
        }
        for (int j = k - 1; j >= Math.max(t.lo, k - 8); j--) {
            if (stop(j) || t.gap[j + 1] == 2) {
                return false;
            }
            if (lx.cue(t, j, Cue.RATE_NOUN)) {
                return true;
            }
        }
        return false;
    }

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
            if (lx.cue(t, k, Cue.WEIGHT_VERB)) {
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
                return scan.iso(m.value());
            }
            if (t.gap[k] == 2) {
                break;
            }
        }
        return fallback;
    }

    boolean unitFits(int k, PhraseTable.Match<Lexicon.Unit> u) {
        boolean singleLetter = u.length() == 1 && t.end[k] - t.start[k] == 1;
        if (singleLetter && !t.adjacent(k) && !t.is(k, '%')) { // "3 %" is a percentage, as French copy spaces it
            return false;
        }
        // "5 m" would read as metres; a lone "in"/"at" never a unit
        return true;
    }

    boolean isComparativeAfterTimes(int k) {
        if (!t.isWord(k)) {
            return false;
        }
        if (lx.cue(t, k, Cue.TIMES_BASE)) {
            return true;
        }
        if (describedBase(k)) {
            return true; // "22 times forward earnings", "five times annual sales"
        }
        String w = t.text(k).toLowerCase(java.util.Locale.ROOT);
        return w.endsWith("er") && w.length() > 4;
    }

    /** A lower-case describing word, then a base noun ("forward earnings"), not "a week" nor "the average". */
    private boolean describedBase(int k) {
        int function = Lexicon.DET | Lexicon.FUNC | Lexicon.AUX | Lexicon.PRON | Lexicon.TIMEPREP;
        return !t.capitalized(k) && !lx.hasClass(t, k, function) && t.isWord(k + 1) && !t.capitalized(k + 1)
                && lx.cue(t, k + 1, Cue.TIMES_BASE) && !lx.hasClass(t, k + 1, function);
    }

    /** A superlative after an ordinal and a space: not "the second request" nor "the first protest". */
    boolean spacedSuperlative(int k) {
        return t.text(k).toLowerCase(java.util.Locale.ROOT).endsWith("iest") || lx.cue(t, k, Cue.SUPERLATIVE);
    }

    boolean superlative(int k) {
        String w = t.text(k).toLowerCase(java.util.Locale.ROOT);
        return w.endsWith("est") || w.equals("ranked") || w.equals("placed");
    }
}
