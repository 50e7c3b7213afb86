package io.claimcheck.extract;

import static io.claimcheck.extract.Candidate.*;

/**
 * The rules that bound a number: ranges ("between 3 and 5", "3-5%", "from 3 to 5"), qualifiers
 * before it ("over", "nearly", "an estimated"), negative signs, and the unit a bare figure shares
 * with the one before it ("81.3 years for women and 78.6 for men").
 */
final class BoundRules extends ScanPart {

    BoundRules(Scan scan) {
        super(scan);
    }

    void range(Candidate c) {
        if (c.type != CARD && c.type != FRAC) {
            return;
        }
        int k = c.te;
        int next;
        // "between -5C and 3C", "between minus 5 and minus 1": a range with signed ends
        boolean negativeLow = t.is(c.ts - 2, "between") && (t.isDash(c.ts - 1) && t.adjacent(c.ts) || t.is(c.ts - 1, "minus"));
        boolean between = t.is(c.ts - 1, "between") || negativeLow;
        // "salaries range from £30,000 to £45,000": a spread, where "rose from 9 to 10" gives two levels
        // the word before the figure and any qualifier of it: "by" in "rose by more than £1,000 to £35,400"
        PhraseTable.Match<String> qualifier = lx.qualifiers.endingAt(t, c.ts, 4);
        int lead = qualifier == null ? c.ts - 1 : c.ts - qualifier.length() - 1;
        boolean spread = t.is(lead, "from") && lx.cue(t, lead - 1, Cue.SPREAD);
        if (t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1) && t.is(k + 1, "to") && t.isDash(k + 2) && t.adjacent(k + 2)) {
            next = k + 3; // "16-to-25-year-olds"
        } else if (t.isDash(k) && t.adjacent(k) && !t.adjacent(k + 1) && t.is(k + 1, "to")) {
            next = k + 2; // "18- to 24-year-olds"
        } else if (t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1)) {
            next = k + 1;
        } else if (t.is(k, "to") && spread) {
            next = k + 1;
        } else if (t.is(k, "to") && !t.is(lead, "from") && (!t.is(lead, "by") || c.kind == null && unitAfterBareEnd(k + 1))
                // "lower the range to 3-3/4 to 4 percent" is a range; "went from 3 to 5 to 8" a sequence of levels
                && !(t.is(c.ts - 1, "to") && (t.is(c.ts - 3, "from") || t.is(c.ts - 3, "to")))
                && !(c.kind != null && changeWord(lead) != null && lx.byOnlyChanges.get(t, lead) == null)) {
            // not "narrowed by $120 billion to $1.7 trillion", "rose by more than £1,000 to £35,400" nor "fell 7 per
            // cent to 1,711": there "to" gives the new level
            next = k + 1;
        } else if (t.is(k, "and") && between) {
            next = k + 1;
        } else if (t.is(k, "and") && (t.is(k + 1, "as") && t.is(k + 2, "many") && t.is(k + 3, "as")
                || t.is(k + 1, "up") && t.is(k + 2, "to"))) {
            next = k + (t.is(k + 1, "up") ? 3 : 4);
        } else {
            if (t.is(k, "to") && t.is(c.ts - 1, "from")) {
                writtenOnceAfter(c, k + 1);
            } else {
                // a figure after a list comma is inside a list: "2, 3, and 4%"
                int last = lastOfList(k, t.is(c.ts - 1, ',') && t.isNum(c.ts - 2));
                if (last >= 0 && alternatives(c, last)) {
                    writtenOnceAfter(c, last);
                }
            }
            return;
        }
        boolean negativeHigh = between && t.is(k, "and")
                && (t.isDash(next) && t.adjacent(next + 1) && !t.adjacent(next) || t.is(next, "minus"));
        if (negativeHigh) {
            next++;
        }
        if (next >= t.size || t.gap[next] == 2) {
            return;
        }
        if (scan.nonClaims.nonClaimStarts(next)) {
            return;
        }
        if (c.money) {
            // "between $800 million and $1 billion": the currency repeated before the upper end
            PhraseTable.Match<Lexicon.Currency> cur = lx.currencies.at(t, next);
            if (cur != null && cur.value().pre() && scan.iso(cur.value()).equals(c.unit) && next + cur.length() < t.size) {
                next += cur.length();
            }
        }
        Candidate d = scan.atoms.atom(next);
        if (d == null || d.type != CARD && d.type != FRAC) {
            return;
        }
        if (c.type == FRAC && d.type != FRAC) {
            return; // "cut by more than half to 310 million": a share of a change, then the new level
        }
        if (!c.money && c.kind == null && !c.scaled && t.isYear(c.coreS) && c.te == c.coreE && t.isYear(next)) {
            return; // "between 2017 and 2020": a span of time, not a range of counts
        }
        if (c.money) {
            d.money = true;
        }
        scan.units.leftCurrency(d);
        scan.units.right(d);
        if (!between && t.is(k, "and") && (t.is(d.te, "more") || t.is(d.te, "extra") || t.is(d.te, "additional"))) {
            return; // "$750 million and up to $1.2 billion more": a second amount on top, not the top of a range
        }
        if (c.kind == null && d.kind != null) {
            takeUnit(c, d);
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
        takeScale(c, d);
        double low = negativeLow ? -c.value : c.value;
        double high = negativeHigh ? -d.value : d.value;
        if (!(high > low)) {
            return;
        }
        c.value = low;
        c.max = high;
        c.bound = "range";
        c.qualified = true;
        c.te = d.te;
        boolean ageGroup = d.rule.endsWith("-old"); // "18- to 24-year-olds"
        if ("years".equals(c.unit) && (t.is(c.te, "olds") || t.is(c.te, "old"))) {
            c.te++; // "18-24 year olds"
            ageGroup = true;
        }
        if (d.type == MULT && c.type == CARD) {
            c.type = MULT; // "15 to 30 times more likely"
        }
        if (between) {
            c.ts -= negativeLow ? 2 : 1;
        } else if (spread) {
            c.ts = lead; // "range from (about) $5 to $9"
        }
        c.rule += ageGroup ? " to <number>-<unit>-old" : " to <number>";
    }

    /**
     * True when a bare number at {@code k} carries a unit ("by 20 to 25 per cent", "by 2 to 3 points"): after
     * "by", a figure with no unit of its own and a second one with a unit make one range, while "by $120
     * billion to $1.7 trillion" is a change and then a level.
     */
    private boolean unitAfterBareEnd(int k) {
        if (!t.isPlainNum(k)) {
            return false;
        }
        int u = k + 1;
        return u < t.size && t.gap[u] != 2 && (t.is(u, '%') || lx.units.at(t, u) != null || t.is(u, "points"));
    }

    /**
     * The last figure of a list that starts after a figure, at its separator {@code k}: "2, 3 and 4 per
     * cent", "5 or 6 euros"; -1 when no "and" or "or" closes a list of bare figures. {@code inList}: the
     * figure itself follows a list comma, so ", and" after it is a list's last comma.
     */
    private int lastOfList(int k, boolean inList) {
        for (int items = 0; items < 8; items++) {
            if (t.is(k, ',') && (t.is(k + 1, "and") || t.is(k + 1, "or"))) {
                if (items == 0 && !inList) {
                    return -1; // "rose by 1,200, or 4%": the same change restated, not a list
                }
                k++; // "2, 3, and 4 per cent"
            }
            boolean closes = t.is(k, "and") || t.is(k, "or");
            if (!(closes || t.is(k, ',')) || !t.isNum(k + 1) || t.gap[k + 1] == 2) {
                return -1;
            }
            if (closes) {
                return k + 1;
            }
            if (!t.isPlainNum(k + 1)) {
                return -1;
            }
            k += 2;
        }
        return -1;
    }

    /**
     * True when the bare figure {@code c} and the figure at {@code last} can be alternatives written with one
     * unit, as "5 or 6%" and "2, 3 and 4 per cent" are: of like size. "grew by 600,000 or 0.9%" restates
     * a count as a share.
     */
    private boolean alternatives(Candidate c, int last) {
        if (!t.isNum(last)) {
            return false;
        }
        double a = Math.abs(c.value);
        double b = Math.abs(t.value[last]);
        return a == 0 || b == 0 || Math.max(a, b) / Math.min(a, b) <= 100;
    }

    /**
     * "rose from 5 to 10 million", "from 4 to 5 per cent", "2, 3 and 4 per cent": a figure written short
     * before another takes the scale, currency and unit written once after the figure at {@code next}.
     */
    private void writtenOnceAfter(Candidate c, int next) {
        if (next < 0 || c.type != CARD || c.kind != null || c.scaled || c.te != c.coreE || next >= t.size || t.gap[next] == 2
                || !t.isNum(next) || scan.nonClaims.nonClaimStarts(next) || yearInTime(c)) {
            return;
        }
        Candidate d = scan.atoms.atom(next);
        if (d == null || d.type != CARD) {
            return;
        }
        scan.units.right(d);
        takeScale(c, d);
        if (d.kind != null && !d.kind.equals("rank")) {
            takeUnit(c, d);
        }
    }

    /** Figure {@code c}, written short, takes the kind and unit of {@code d}, a measure or duration in d's unit. */
    private void takeUnit(Candidate c, Candidate d) {
        c.kind = d.kind;
        c.unit = d.unit;
        c.money = d.money;
        if (d.kind.equals("duration") || d.kind.equals("measure")) {
            c.value *= unitFactor(d);
        }
    }

    /** Figure {@code c}, written short, takes the scale of {@code d} ("5 to 10 million"). */
    private static void takeScale(Candidate c, Candidate d) {
        if (d.scaled && !c.scaled) {
            c.value *= d.scale;
            c.scaled = true;
        }
    }

    double unitFactor(Candidate d) {
        PhraseTable.Match<Lexicon.Unit> u = null;
        for (int k = d.coreE; k < d.te && u == null; k++) {
            u = lx.units.at(t, k);
        }
        return u == null ? 1 : u.value().factor();
    }

    void left(Candidate c) {
        int s = c.ts;
        // "finished in the top 10", "a top-10 finish": a rank of at most ten; "the top five economies" counts them
        boolean hyphened = t.isDash(s - 1) && t.adjacent(s) && t.adjacent(s - 1) && t.is(s - 2, "top");
        // "among the top 10 universities", "one of the top five firms": a place within the group
        boolean within = t.is(s - 3, "among") || t.is(s - 3, "in") || t.is(s - 3, "into") || t.is(s - 3, "of");
        if ((hyphened || t.is(s - 1, "top") && t.is(s - 2, "the") && (within || groupEnds(c.te))) && c.type == CARD && c.kind == null
                && !c.scaled && !c.qualified && c.value >= 1 && c.value <= 100 && c.value == Math.rint(c.value)) {
            c.type = RANK;
            c.bound = "upper";
            c.qualified = true;
            c.ts = hyphened ? s - 2 : s - 1;
            c.rule = "top " + c.rule;
            return;
        }
        // negative numbers: "-5", "minus 5"
        // "fell to -12C" and "to −12C" (a minus sign) are negative; "and -" after a number word is not
        if ((c.type == CARD) && t.isDash(s - 1) && t.adjacent(s) && !t.adjacent(s - 1)
                && !t.isNum(s - 2) && (t.chars[t.start[s - 1]] == '\u2212' || !t.is(s - 2, "and"))) {
            c.value = -c.value;
            s -= 1;
        } else if (c.type == CARD && t.is(s - 1, '+') && t.adjacent(s) && (!t.adjacent(s - 1) || t.is(s - 2, '('))
                && (!t.isNum(s - 2) || "percent".equals(c.kind)) // "Health 192.0 188.5 +1.9%": a table's change column
                && c.kind != null && !"measure".equals(c.kind) && !"duration".equals(c.kind)) {
            // "(+8% y/y)", "+$120m": a rise written as a sign ("+44 20 ..." is a phone number, read before)
            c.change = "increase";
            s -= 1;
        } else if (c.type == CARD && t.is(s - 1, "minus") && t.is(s - 2, "or") && t.is(s - 3, "plus")) {
            s -= 3; // "plus or minus 3 points": a margin, not a negative number
        } else if (c.type == CARD && t.is(s - 1, "minus")) {
            c.value = -c.value;
            s -= 1;
        }
        if (!c.qualified && t.is(s - 1, "the") && landmark(c)) {
            // "hovered around the $80 mark", "topped the 10,000 level": the qualifier reaches over "the" to a round figure
            PhraseTable.Match<String> q = lx.qualifiers.endingAt(t, s - 1, 4);
            if (q != null && !lineBreakInside(s - 1 - q.length(), s) && qualifierFits(c, s - 1 - q.length())) {
                c.bound = q.value();
                c.qualified = true;
                s -= q.length() + 1;
                c.te++;
                c.rule = "<qualifier> the " + c.rule + " mark|level";
            }
        }
        if (!c.qualified || "range".equals(c.bound) && c.ts == s && !t.is(s - 1, "between")) {
            PhraseTable.Match<String> q = lx.qualifiers.endingAt(t, s, 4);
            if (q != null && comparesFigureBefore(s - q.length())) {
                q = null; // "pay a third more than a decade ago": "more than" belongs to the third
            }
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
                    // "beat estimates by 11 cents": the margin over the estimate, not an estimate
                    if (!(k == s - 2 && t.is(s - 1, "by"))) {
                        c.bound = "approximate";
                    }
                    break;
                }
            }
        }
        c.ts = s;
    }

    /** True when the figure that ends at offset {@code end} stands in the clause before token {@code k}, at most {@code max} tokens back. */
    private boolean sameClause(int end, int k, int max) {
        for (int j = k - 1; j >= 0 && j >= k - max; j--) {
            if (t.end[j] == end) {
                return true;
            }
            if (stop(j) || t.gap[j + 1] == 2 || t.end[j] < end) {
                return false;
            }
        }
        return false;
    }

    /** "the $80 mark", "the 2% level", "the 10,000 threshold": a round figure as a landmark; not "the 2019 level". */
    private boolean landmark(Candidate c) {
        int k = c.te;
        return (t.is(k, "mark") || t.is(k, "level") || t.is(k, "threshold") || t.is(k, "barrier")) && t.gap[k] != 2
                && c.type == CARD && (c.kind != null || !t.isYear(c.coreS));
    }

    /** True when the qualifier at {@code q} is "more", "less" or "fewer" right after the figure found last. */
    private boolean comparesFigureBefore(int q) {
        return (t.is(q, "more") || t.is(q, "less") || t.is(q, "fewer")) && q > 0 && !out.isEmpty()
                && out.get(out.size() - 1).end() == t.end[q - 1];
    }

    /** True when no noun follows the figure at {@code k}: punctuation, a line's end or a preposition ("in the top 10 of"). */
    private boolean groupEnds(int k) {
        return k >= t.size || t.gap[k] == 2 || t.kind[k] == Tokens.SYM && !t.isDash(k)
                || lx.hasClass(t, k, Lexicon.FUNC | Lexicon.TIMEPREP | Lexicon.AUX | Lexicon.DET);
    }

    boolean qualifierFits(Candidate c, int qStart) {
        // "expected to top 35C", "could top $1bn": "top" bounds a figure only as a verb; "top 5 reasons" is a list
        if (t.is(qStart, "top") && !t.is(qStart - 1, "to") && !lx.hasClass(t, qStart - 1, Lexicon.AUX)) {
            return false;
        }
        // "some" and "over" are qualifiers only right before the number, not "over the past 30 days"
        if (c.type == ORD || c.type == RANK) {
            return false;
        }
        if (c.type == TWICE && !(t.is(c.te, "as") || t.is(c.te, "the") || t.is(c.te, "that"))) {
            return false; // "turned around twice": how often, where "more than twice as many" compares
        }
        if (c.type == MULT || c.type == TWICE) {
            // "more than doubled", "nearly tripled", "roughly fivefold"; not "some doubled their stake"
            return !t.is(qStart, "some") && !t.is(qStart, "over");
        }
        // "rose 20% over five years": "over" a duration is a span of time unless something
        // measures the duration itself ("for over five years", "a term of over five years", "over 65 years old")
        if ("duration".equals(c.kind) && t.is(qStart, "over") && qStart + 1 == c.ts && !t.is(c.te, "old")) {
            int b = qStart - 1;
            return lx.cue(t, b, Cue.OVER_BOUND) || lx.hasClass(t, b, Lexicon.AUX);
        }
        // "shot a 4-under 68": strokes against par, joined to a number before, qualify nothing after
        if ((t.is(qStart, "under") || t.is(qStart, "over")) && t.isDash(qStart - 1) && t.adjacent(qStart - 1) && t.adjacent(qStart)
                && t.isNum(qStart - 2)) {
            return false;
        }
        // "surged past $100": a level passed; "the past 30 days" is a span of time
        if (t.is(qStart, "past")) {
            return changeWord(qStart - 1) != null || lx.cue(t, qStart - 1, Cue.MOVE_VERB);
        }
        // "ticked up to 4.2%", "crept down to 3%": the verb's particle and the level it reached, no bound
        if ((t.is(qStart, "up") || t.is(qStart, "down")) && lx.cue(t, qStart - 1, Cue.MOVE_VERB)) {
            return false;
        }
        // "Unemployment up to 4.3% as hiring slows": a headline's rate that rose to a level ("discounts up to 50%" is a cap)
        if (t.is(qStart, "up") && t.is(qStart + 1, "to") && "percent".equals(c.kind) && lx.cue(t, qStart - 1, Cue.RATE_NOUN)) {
            return false;
        }
        return true;
    }

    /**
     * "about 500 miles (800 km)": a conversion in parentheses right after a figure of its kind says
     * the same amount, as approximately (or at least, or at most) as the figure it converts.
     */
    void convertedBound(Candidate c) {
        if (c.qualified || c.kind == null || !"exact".equals(c.bound) || !t.is(c.ts - 1, '(') || out.isEmpty() || c.ts < 2) {
            return;
        }
        Quantity last = out.get(out.size() - 1);
        String b = last.bound();
        if (last.end() == t.end[c.ts - 2] && c.kind.equals(last.kind()) && !java.util.Objects.equals(c.unit, last.unit())
                && (b.equals("approximate") || b.equals("lower") || b.equals("upper"))) {
            c.bound = b;
            c.rule += " <bound of the figure it converts>";
        }
    }

    /**
     * "81.3 years for women and 78.6 for men": a bare figure right after "and" takes the unit of the
     * figure just before it, when no noun follows that it could count. So does the level a measured
     * change reaches: "fell by 0.4 years to 78.5", "rose 3C to 41".
     */
    void sharedUnit(Candidate c) {
        // "11 hours by train, compared with two by plane", "52% against 48": the other side of a comparison
        int b = c.ts - 1;
        // "costs 3,500 naira, up from 1,200 a year ago": the old level, in the unit of the new
        boolean upFrom = t.is(b, "from") && (t.is(b - 1, "up") || t.is(b - 1, "down")) && t.is(b - 2, ',');
        boolean compared = (t.is(b, "with") || t.is(b, "to")) && t.is(b - 1, "compared") || t.is(b, "versus") || t.is(b, "vs")
                || t.is(b, "against") && t.isNum(b - 1) || upFrom;
        boolean reached = t.is(b, "to") && !compared;
        if (c.kind != null || c.money || c.type != CARD || c.spelled && !compared || c.ts != c.coreS
                || !t.is(b, "and") && !reached && !compared || out.isEmpty()) {
            return;
        }
        if (yearInTime(c) || compared && t.isYear(c.coreS)) {
            // "rose 10 cm between 1993 and 2023", "5% in 2023 and 2024", "rose 5% compared with 2023": a year, not a
            // figure in the unit before
            return;
        }
        Quantity last = out.get(out.size() - 1);
        boolean unitKind = "measure".equals(last.kind()) || "duration".equals(last.kind())
                || "percent".equals(last.kind()) && !reached // "rose 2% to 45": a level in a unit of its own
                || "money".equals(last.kind()) && compared;
        if (reached && (last.change() == null || last.end() != t.end[c.ts - 2])) {
            return;
        }
        int after = c.te;
        boolean noNoun = after >= t.size || t.kind[after] == Tokens.SYM || t.gap[after] == 2
                || lx.hasClass(t, after, Lexicon.FUNC | Lexicon.TIMEPREP) && !t.is(after, "of") // not "3 of her friends"
                // "up from 1,200 a year ago", "down from 3.1 last week": a time, not a noun counted
                || compared && ((lx.bits(t, after) & Lexicon.TIMEWORD) != 0
                        || t.is(after, "a") && (t.is(after + 2, "ago") || t.is(after + 2, "earlier")));
        int from = upFrom ? b - 2 : t.is(b - 1, "compared") ? b - 1 : b;
        boolean near = compared ? sameClause(last.end(), from, 6) : closeBefore(last.end(), b, 3, false);
        if (unitKind && noNoun && near) {
            c.kind = last.kind();
            c.unit = last.unit();
            c.money = "money".equals(last.kind());
            c.rule += " <unit shared with the figure before>";
        }
    }
}
