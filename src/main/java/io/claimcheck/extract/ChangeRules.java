package io.claimcheck.extract;

import static io.claimcheck.extract.Candidate.*;

/**
 * The rules that read a change: a verb or noun of change around the figure ("rose 5%", "fell by
 * 3,000", "a 20% rise", "2.3% higher than a year earlier"), and the kind an untyped figure gets
 * from its atom (count, ratio, rank, multiplier).
 */
final class ChangeRules extends ScanPart {

    ChangeRules(Scan scan) {
        super(scan);
    }

    void change(Candidate c) {
        if (c.change != null || c.type == ORD || c.type == RANK) {
            return;
        }
        int p = c.ts - 1;
        if (t.is(p, "to") && (t.is(p - 1, "losses") || t.is(p - 1, "gains")) && lx.cue(t, p - 2, Cue.RUNNING_VERB)) {
            // "shares extended losses to 10%", "pared gains to 1%": the whole move so far
            c.change = t.is(p - 1, "gains") ? "increase" : "decrease";
            return;
        }
        if (t.is(p, "to") || t.is(p, "from")) {
            return;
        }
        if (lx.hasClass(t, p, Lexicon.AUX) && changeNoun(p - 1) != null && c.kind != null && !t.is(p - 1, "growth")) {
            c.change = changeNoun(p - 1); // "the drop was 5%", "the increase will be 2%"; growth is a rate, not one move
            return;
        }
        if (c.kind == null && t.is(c.te, "of") && t.is(c.te + 2, "last") && lx.hasClass(t, c.te + 1, Lexicon.DET | Lexicon.PRON)) {
            return; // "has lost four of its last five matches": a record of results, not a fall
        }
        if (c.type == CARD && c.kind == null && t.is(c.te, "times")) {
            return; // "rates rose three times this year": how often, not by how much
        }
        if (t.is(c.ts, "below") || t.is(c.ts, "above") || t.is(c.ts, "under") || t.is(c.ts, "past")) {
            return; // "fell below $70", "surged past $100": the level reached, not the size of the move
        }
        // ", or an annualised 2.4%": the restatement may describe the figure after its article
        int art = t.isWord(p) && article(p - 1) ? p - 1 : t.isWord(p) && t.isWord(p - 1) && article(p - 2) ? p - 2 : -1;
        boolean described = art > 0 && t.is(art - 1, "or") && t.is(art - 2, ',') && !out.isEmpty()
                && java.util.Objects.equals(out.get(out.size() - 1).kind(), c.kind);
        if (described) {
            p = art - 1; // "0.6% q/q, or an annualised 2.4%": a few words or marks may stand between the two
        }
        // "grew 5.9% in nominal terms, or 2.9% after inflation": a figure of the same kind may end a few words earlier
        boolean sameKind = !out.isEmpty() && c.kind != null && c.kind.equals(out.get(out.size() - 1).kind());
        if (t.is(p, "or") && t.is(p - 1, ',') && !out.isEmpty() && p >= 2
                && closeBefore(out.get(out.size() - 1).end(), p - 1, described || sameKind ? 4 : 2, !described)) {
            // "fell 450 points, or 1.3%": the same change said another way
            c.change = out.get(out.size() - 1).change();
            return;
        }
        Quantity changed = changedOfKind(c);
        // "rose 2%, 3% and 4% respectively": a list after one verb
        if (changed != null && t.is(p, ',') && (t.is(c.te, ',') || t.is(c.te, "and") || t.is(c.te, "or")) && changed.end() == t.end[p - 1]
                // "rose 0.2% m/m and 3.1% y/y": the verb governs both figures
                // "rose 0.3% month-on-month and 2.9% year-on-year", "rose 5% in the first half and 3% in the second"
                || changed != null && t.is(p, "and") && closeBefore(changed.end(), p, 5, false)) {
            c.change = changed.change();
            return;
        }
        if (t.is(p, "up") && lx.cue(t, p - 1, Cue.MAKE_UP)) {
            return; // "make up 19% of the population": a share, not a rise
        }
        if (t.is(p, "further") && t.is(p - 1, "a")) {
            p -= 2; // "rise a further 2%"
        } else if (t.is(p, "another")) {
            p -= 1; // "climb another 3%"
        } else {
            int verb = lx.changeBeforeArticle(t, p); // "shrank an annualised 2.1%", "fell a record 5%"
            p = verb >= 0 ? verb : p;
        }
        if (t.is(c.te, "off") && lx.cue(t, p, Cue.TAKE_OFF) && c.kind != null && !"duration".equals(c.kind)) {
            c.change = "decrease"; // "wiped 4% off output", "knocked $50bn off its value"
            return;
        }
        String dir = changeWord(p);
        if (dir != null && t.is(p, "down") && c.kind == null && DOWNED.contains(t.text(p - 1).toLowerCase(java.util.Locale.ROOT))) {
            return; // "shot down 34 drones", "turned down 3 offers": a verb with its particle, not a fall
        }
        if (dir != null && "measure".equals(c.kind) && t.is(c.te, "of") && (t.is(p, "dropped") || t.is(p, "drop") || t.is(p, "drops"))) {
            return; // "the storm dropped 250 millimetres of rain": an amount delivered, not a fall
        }
        boolean share = "percent".equals(c.kind) || "percentage_points".equals(c.kind);
        if (dir != null && lx.byOnlyChanges.get(t, p) != null && !share) {
            dir = null; // "raised $2bn" is no change; "raised 5%", "expanded 2.8%" are
        }
        // "sales are up a third", "cases are up 45-fold": a share or multiple of the old level after "up" is the rise itself
        boolean upByShare = (c.type == FRAC && c.fractionWord || c.type == MULT)
                && (lx.hasClass(t, p - 1, Lexicon.AUX) || lx.cue(t, p - 1, Cue.MOVE_VERB));
        // "the Dow closed up 312 points", "the team went up three places": a count after "up" rises after a verb of
        // movement; "picked up 3 wickets" gathers them
        boolean movedUp = c.kind == null && lx.cue(t, p - 1, Cue.MOVE_VERB) && !t.is(p - 1, "picked") && !t.is(p - 1, "pick");
        if (dir != null && (!t.is(p, "up") || c.kind != null || upByShare || movedUp)) {
            c.change = dir;
            return;
        }
        if (t.is(p, "of") && c.kind != null) {
            // "a surge in sales of 40%", "a jump in annual profit of 25%": the change noun before what it is in
            for (int k = p - 2; k >= Math.max(0, p - 5); k--) {
                if (t.is(k, "in") && changeNoun(k - 1) != null) {
                    c.change = changeNoun(k - 1);
                    return;
                }
                if (!t.isWord(k) || stop(k)) {
                    break;
                }
            }
        }
        if (t.is(p, "of") && (t.is(p - 1, "average") || t.is(p - 1, "total")) && article(p - 2) && t.is(p - 3, "by")) {
            p -= 3; // "reduced tumour size by an average of 30%": the "by" of the change
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
                // "gone up by 20%", "arrests were up by a quarter"; not "backed up by 300 troops"
                if (d != null && (!t.is(k, "up") && !t.is(k, "down") || lx.cue(t, k - 1, Cue.MOVE_VERB)
                        || lx.hasClass(t, k - 1, Lexicon.AUX))) {
                    c.change = d;
                    return;
                }
            }
        }
        int a = c.te;
        String compared = comparedWithEarlier(a);
        if (compared == null) {
            compared = movedTo(a);
        }
        if (compared == null && "money".equals(c.kind)) {
            // "£300 better off", "£1,400 a year better off", "up to £500 worse off": a gain or loss of income
            int b = article(a) && t.isWord(a + 1) && lx.units.at(t, a + 1) != null ? a + 2 : a;
            if (t.is(b + 1, "off") && (t.is(b, "better") || t.is(b, "worse"))) {
                compared = t.is(b, "better") ? "increase" : "decrease";
            }
        }
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

    /**
     * "2.3% higher than a year earlier", "5 percent lower than in 2019": a comparison with an
     * earlier time states a change; a comparison with anything else ("30% lower risk") does not.
     */
    String comparedWithEarlier(int a) {
        if (!t.isWord(a)) {
            return null;
        }
        String dir = lx.cue(t, a, Cue.MORE) ? "increase" : lx.cue(t, a, Cue.LESS) ? "decrease" : null;
        if (dir == null) {
            return null;
        }
        // "9% lower in real terms than in 2010": a few words may stand between the comparative and "than"
        int than = a + 1;
        while (than < a + 5 && t.isWord(than) && t.gap[than] != 2 && !t.is(than, "than")) {
            than++;
        }
        if (!t.is(than, "than")) {
            return null;
        }
        for (int k = than + 1; k < Math.min(t.size, than + 5); k++) {
            if (t.gap[k] == 2 || stop(k) || t.is(k, ',')) {
                return null;
            }
            if (lx.cue(t, k, Cue.EARLIER)
                    || t.isPlainNum(k) && t.numFlags[k] == 0 && t.value[k] >= 1900 && t.value[k] <= 2100) {
                return dir;
            }
        }
        return null;
    }

    /**
     * "trading 3% lower at 1,420p", "closed 2% higher.": "higher" or "lower" right after the figure,
     * then a place in time or the market, or nothing; "30% lower risk" compares two things instead.
     */
    String movedTo(int a) {
        if (!t.is(a, "higher") && !t.is(a, "lower")) {
            return null;
        }
        int n = a + 1;
        boolean after = n >= t.size || t.gap[n] == 2 || stop(n) || t.is(n, ',')
                || t.is(n, "at") || t.is(n, "on") || t.is(n, "in") || t.is(n, "after") || t.is(n, "by");
        return after ? (t.is(a, "higher") ? "increase" : "decrease") : null;
    }

    /** A noun that names a change ("rise", "cut", "growth"), with its direction; null for anything else. */
    String changeNoun(int k) {
        return lx.cue(t, k, Cue.CHANGE_NOUN) ? changeWord(k) : null;
    }

    void classify(Candidate c) {
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
            // "twice as many", "twice the rate", "twice its original budget", "twice what it cost"; not "said twice that"
            if (t.is(c.te, "as") || t.is(c.te, "the") || t.is(c.te, "its") || t.is(c.te, "their") || t.is(c.te, "his")
                    || t.is(c.te, "her") || t.is(c.te, "our") || t.is(c.te, "what")) {
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

    /** The figure found last, when it states a change and is of {@code c}'s kind; else null. */
    private Quantity changedOfKind(Candidate c) {
        if (c.kind == null || out.isEmpty()) {
            return null;
        }
        Quantity last = out.get(out.size() - 1);
        return last.change() != null && c.kind.equals(last.kind()) ? last : null;
    }

    /** Verbs that take "down" as their particle ("shot down", "turned down"), after which a count is no fall. */
    private static final java.util.Set<String> DOWNED = java.util.Set.of("shot", "shoot", "shoots", "turned", "turn", "turns",
            "took", "take", "takes", "knocked", "handed", "voted", "stepped", "brought", "gunned", "tracked", "hunted", "pinned");
}
