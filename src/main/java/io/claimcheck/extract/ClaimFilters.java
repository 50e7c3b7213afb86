package io.claimcheck.extract;

import static io.claimcheck.extract.Candidate.*;

/**
 * What is not a claim though it is a number: years, model and version names ("Windows 11"),
 * street numbers, labels ("day five", "Route 66"), idioms ("one of the", "zero-sum"), ordinals
 * that name a day or a floor. Some filters instead say what a number is: an age, a magnitude, a
 * label ("Category 3").
 */
final class ClaimFilters extends ScanPart {

    ClaimFilters(Scan scan) {
        super(scan);
    }

    /** What a filter says of a candidate: not a claim, a claim (stop filtering), or nothing (ask the next filter). */
    enum Verdict { NOT_A_CLAIM, CLAIM, NEXT }

    /** A filter as a value: the grammar line of what it recognises, and its check. */
    record Filter(String name, Check check) {

        @FunctionalInterface
        interface Check {
            Verdict of(ClaimFilters filters, Candidate c);
        }
    }

    /** The filters, asked in order; the first that decides wins. */
    static final java.util.List<Filter> FILTERS = java.util.List.of(
            new Filter("<ordinal> naming a day, floor or street", ClaimFilters::ordinal),
            new Filter("<locator> <number>", ClaimFilters::locator),
            new Filter("magnitude [of] <number>", ClaimFilters::magnitudeWord),
            new Filter("ratio [of|was|is] <number>, <number>% CI, p<<number>, [<number>]", ClaimFilters::statistic),
            new Filter("<number> <quake>", ClaimFilters::quake),
            new Filter("<number>-year <security>", ClaimFilters::security),
            new Filter("<Label> <number>", ClaimFilters::label),
            new Filter("<word>-<spelled number>|<spelled number>-<word>", ClaimFilters::compoundWord),
            new Filter("one of|no one|the new one|One day,", ClaimFilters::oneIdiom),
            new Filter("100 percent sure|committed", ClaimFilters::intensifier),
            new Filter("<small number> reasons|ways|things", ClaimFilters::discourseCount),
            new Filter("<spelled number> or <spelled number>", ClaimFilters::alternatives),
            new Filter("<fraction word> of nothing", ClaimFilters::looseFraction),
            new Filter("the <vague magnitude>", ClaimFilters::theVague),
            new Filter("<year> levels", ClaimFilters::yearNoun),
            new Filter("<year>", ClaimFilters::year),
            new Filter("<Name> <number>", ClaimFilters::name),
            new Filter("<Name> [of] <Spelled number>", ClaimFilters::spelledName),
            new Filter("<number> <Model suffix>", ClaimFilters::modelSuffix),
            new Filter("<number> <Street name>, <STATE> <zip>", ClaimFilters::street),
            new Filter("the <number> has", ClaimFilters::numberAsNoun),
            new Filter("<minutes> later|in, after <minutes> <in a match report>", ClaimFilters::matchMinute),
            new Filter("per <power of ten>", ClaimFilters::rateBase),
            new Filter("call|dial 911|999|112, 911 call|dispatcher", ClaimFilters::emergencyNumber));

    /** True when {@code c} is not a claim; a filter may also say what it is (an age, a magnitude, a label). */
    boolean filtered(Candidate c) {
        for (Filter f : FILTERS) {
            Verdict v = f.check().of(this, c);
            if (v != Verdict.NEXT) {
                return v == Verdict.NOT_A_CLAIM;
            }
        }
        age(c, c.coreS - 1);
        return false;
    }

    private static Verdict not(boolean notAClaim) {
        return notAClaim ? Verdict.NOT_A_CLAIM : Verdict.NEXT;
    }

    private static boolean bare(Candidate c) {
        return c.ts == c.coreS && c.te == c.coreE;
    }

    private static boolean unitless(Candidate c) {
        return c.unit == null && !c.money;
    }

    Verdict ordinal(Candidate c) {
        if (c.type != ORD) {
            return Verdict.NEXT;
        }
        return ordinalFiltered(c) ? Verdict.NOT_A_CLAIM : Verdict.CLAIM;
    }

    /**
     * "day five", "Route 66", "posts 542"; not a locator used as a verb ("will seat 62,500") nor a
     * figure written with thousands separators, which labels never are.
     */
    Verdict locator(Candidate c) {
        int before = c.coreS - 1;
        // "a final-round 66", "a third-round 68": a locator that ends a hyphened adjective describes the figure
        boolean compound = t.isDash(before - 1) && t.adjacent(before) && t.adjacent(before - 1) && t.isWord(before - 2);
        boolean labelled = lx.hasClass(t, before, Lexicon.LOCATOR) && !locatorVerb(before) && !compound
                // "between junctions 14 and 15", "posts 542 or 543": the second label of a pair
                || (t.is(before, "and") || t.is(before, "or")) && t.isPlainNum(before - 1) && lx.hasClass(t, before - 2, Lexicon.LOCATOR);
        return not(c.ts == c.coreS && labelled && unitless(c) && !(t.isNum(c.coreS) && (t.numFlags[c.coreS] & 1) != 0));
    }

    /**
     * "the 10-year Treasury note", "two-year gilt yields", "the 30-year fixed mortgage rate": a bond or loan
     * named by its term, the way markets name it, not a length of time the story states.
     */
    Verdict security(Candidate c) {
        return not(c.rule.endsWith("-<unit>") && "years".equals(c.unit) && "exact".equals(c.bound) && c.change == null
                && lx.cue(t, c.te, Cue.SECURITY));
    }

    /**
     * "the hazard ratio was 0.82", "an odds ratio of 2.5": a ratio named before the figure; "(95% CI 12-28%)":
     * the confidence level of an interval, not a finding.
     */
    Verdict statistic(Candidate c) {
        if ("percent".equals(c.kind) && c.ts == c.coreS && (t.is(c.te, "ci") || t.is(c.te, "confidence") && t.is(c.te + 1, "interval"))) {
            return Verdict.NOT_A_CLAIM;
        }
        int b = c.coreS - 1;
        // "(p<0.05)", "P = .003": a p-value, the statistics of a study rather than a figure it reports
        if (c.type == CARD && bare(c) && unitless(c) && c.value < 1 && (t.is(b, '<') || t.is(b, '=') || t.is(b, '>'))
                && (t.is(b - 1, "p") || t.is(b - 1, '<') && t.is(b - 2, "p"))) {
            return Verdict.NOT_A_CLAIM;
        }
        // "similar findings [12]": a reference to a note or source, not a figure
        if (c.type == CARD && !c.spelled && bare(c) && unitless(c) && t.is(b, '[') && t.adjacent(c.coreS) && t.is(c.te, ']') && t.adjacent(c.te)) {
            return Verdict.NOT_A_CLAIM;
        }
        if (t.is(b, "of") || t.is(b, "was") || t.is(b, "is")) {
            b--;
        }
        if (c.type == CARD && c.ts == c.coreS && unitless(c) && t.is(b, "ratio")) {
            c.kind = "ratio";
            return Verdict.CLAIM;
        }
        return Verdict.NEXT;
    }

    /** "a magnitude 7.2 earthquake", "with a magnitude of 6.4": the unit named before the number. */
    Verdict magnitudeWord(Candidate c) {
        int before = c.coreS - 1;
        boolean of = t.is(before, "of") && t.is(before - 1, "magnitude"); // "with a magnitude of 6.4": the figure alone
        if (c.ts == c.coreS && unitless(c) && c.type == CARD && (t.is(before, "magnitude") || of)) {
            c.kind = "measure";
            c.unit = "magnitude";
            c.ts = of ? c.ts : before;
            c.rule = of ? "magnitude of <number>" : "magnitude <number>";
            return Verdict.CLAIM;
        }
        return Verdict.NEXT;
    }

    /** "a 7.5 aftershock", "a 6.1 quake": a magnitude without the word. */
    Verdict quake(Candidate c) {
        if (unitless(c) && c.type == CARD && c.te == c.coreE && c.value > 0 && c.value < 10 && !c.spelled
                && (t.numFlags[c.coreS] == 2 || article(c.ts - 1)) && lx.cue(t, c.te, Cue.QUAKE)) {
            c.kind = "measure";
            c.unit = "magnitude";
            c.rule = "<number> <quake>";
            return Verdict.CLAIM;
        }
        return Verdict.NEXT;
    }

    /** "Category 3"; "Year 9 pupils", a school year, is a name. */
    Verdict label(Candidate c) {
        int before = c.coreS - 1;
        // "Category 4", and in lower case a small whole number that names a class ("tier 1 capital", "a level 4 alert")
        boolean small = c.type == CARD && !c.spelled && t.isPlainNum(c.coreS) && t.numFlags[c.coreS] == 0 && c.value < 100;
        if (small && c.ts == c.coreS && unitless(c) && c.value >= 1 && c.value <= 13 && t.is(before, "year") && t.capitalized(before)
                && (t.isWord(c.te) && !t.capitalized(c.te) || t.is(before - 1, "in"))) {
            return Verdict.NOT_A_CLAIM;
        }
        if (c.ts == c.coreS && lx.hasClass(t, before, Lexicon.LABEL) && unitless(c) && (t.capitalized(before) || small)) {
            c.kind = "other";
            c.ts = before;
            c.rule = "<label> <number>";
            return Verdict.CLAIM;
        }
        return Verdict.NEXT;
    }

    /**
     * "high-five", "zero-sum", "zero-hours contracts": a number glued into a compound word (a zero
     * joined to anything, even a unit, makes an adjective).
     */
    Verdict compoundWord(Candidate c) {
        int before = c.coreS - 1;
        // "the six-member crew", "a three-person team": the compound counts its noun
        boolean counts = c.te == c.coreE && c.value >= 2 && lx.cue(t, c.coreE + 1, Cue.COUNTED_PART) && t.adjacent(c.coreE + 1);
        return not(c.spelled && !counts && (t.isDash(before) && t.adjacent(c.coreS) && t.isWord(before - 1) && t.adjacent(before)
                || t.isDash(c.coreE) && t.adjacent(c.coreE) && t.isWord(c.coreE + 1) && (c.te == c.coreE || c.value == 0)));
    }

    /** "one of the", "no one", "the new one". */
    Verdict oneIdiom(Candidate c) {
        // "One day, he said, it will work": some day, not a day's length
        boolean someDay = c.spelled && c.value == 1 && "days".equals(c.unit) && !c.qualified && t.sentenceInitial(c.ts)
                && (t.is(c.te, ',') || lx.hasClass(t, c.te, Lexicon.PRON));
        return not(someDay || c.spelled && c.type == CARD && unitless(c) && !c.scaled && Math.abs(c.value) <= 1 && !c.qualified
                && !ofCounted(c.te) && !(c.value == 0 && countedNoun(c.te)));
    }

    /**
     * "zero deaths", "zero cases": a plural noun counted as none; not "zero tolerance", "zero-sum", nor
     * "zero emissions vehicles", where the plural describes the noun after it.
     */
    private boolean countedNoun(int k) {
        return t.isWord(k) && t.gap[k] == 1 && !t.capitalized(k) && t.end[k] - t.start[k] > 3 && WordTable.lower(t.chars[t.end[k] - 1]) == 's'
                && lx.classes(t, k) == 0 && !(t.isWord(k + 1) && t.gap[k + 1] == 1 && !t.capitalized(k + 1) && !lx.known(t, k + 1)
                && (lx.bits(t, k + 1) & Lexicon.TIMEWORD) == 0);
    }

    /** "a hundred percent committed", "100% sure": full conviction, not a share of anything. */
    Verdict intensifier(Candidate c) {
        return not(c.value == 100 && "percent".equals(c.kind) && !c.qualified && lx.cue(t, c.te, Cue.CONVICTION));
    }


    /** "one of the 12 candidates", "one of 40 staff": one out of a counted whole, a figure. */
    private boolean ofCounted(int k) {
        return t.is(k, "of") && (t.isPlainNum(k + 1) || t.is(k + 1, "the") && t.isPlainNum(k + 2));
    }

    /**
     * "for two reasons", "in three ways": a count that structures the writing, not a fact to check;
     * "5 things to know", "10 ways to save": the same count opening a heading.
     */
    Verdict discourseCount(Candidate c) {
        return not((c.spelled || lineStart(c.ts) || t.is(c.ts - 1, ':')) && c.type == CARD && unitless(c) && !c.qualified && c.value <= 10
                && lx.cue(t, c.te, Cue.DISCOURSE_NOUN));
    }

    /** "two or three": vague alternatives. */
    Verdict alternatives(Candidate c) {
        if (c.spelled && c.type == CARD && unitless(c) && t.is(c.te, "or") && isSmallNumberWord(c.te + 1)) {
            c.te = c.te + 2;
            return Verdict.NOT_A_CLAIM;
        }
        return Verdict.NEXT;
    }

    /**
     * A fraction word that shares out nothing named ("in half", "the first half"); "half of the pupils",
     * "lost half its value", "half the workforce", "cut by a third", "down a fifth", "a two-thirds majority",
     * "a fifth above the average" are claims.
     */
    Verdict looseFraction(Candidate c) {
        if (c.type == FRAC && c.fractionWord && !c.qualified && !"duration".equals(c.kind)) {
            int k = c.te;
            // "cut by a third", "are down a fifth", "fell a quarter": the size of the change
            boolean changeSize = c.change != null && (t.is(c.ts - 1, "by") || changeWord(c.ts - 1) != null)
                    || t.is(k, "majority") || t.is(k, "stake") || t.is(k, "share")
                    || lx.cue(t, k, Cue.COMPLETION) // "three-quarters complete", "half full"
                    || (t.is(k, "more") || t.is(k, "less") || t.is(k, "fewer")) && c.change != null // "pay a third more"
                    // "prices are a fifth lower than a year ago": a comparison with an earlier time; "wages are a
                    // fifth above the national average", "a third higher than in the north": with another level
                    || lx.cue(t, k, Cue.MORE) || lx.cue(t, k, Cue.LESS) || t.is(k, "above") || t.is(k, "below");
            boolean ofWhat = t.is(k, "of") || t.is(k, "as") || t.is(k, "what") || lx.hasClass(t, k, Lexicon.DET) && !article(k);
            if (!(ofWhat || changeSize) || lx.ordinals.get(t, Math.max(0, c.ts - 1)) != null
                    || t.is(c.ts - 1, "the")) {
                return Verdict.NOT_A_CLAIM;
            }
        }
        return Verdict.NEXT;
    }

    /**
     * "the thousands who came": a vague magnitude used as a noun. "numbered in the tens of thousands" and
     * "ran into the millions" still say how many.
     */
    Verdict theVague(Candidate c) {
        return not(c.type == VAGUE && t.is(c.ts - 1, "the") && !t.is(c.te, "of") && !t.is(c.ts - 2, "in") && !t.is(c.ts - 2, "into"));
    }

    /** "below 2019 levels": a year, whatever stands before it. */
    Verdict yearNoun(Candidate c) {
        return not(c.type == CARD && !c.spelled && unitless(c) && c.te == c.coreE && c.value >= 1900 && t.isYear(c.coreS)
                && lx.cue(t, c.te, Cue.YEAR_NOUN));
    }

    /** "in 2024", "the 1999 storm": a year, kept as a time mention. */
    Verdict year(Candidate c) {
        // "dates from circa 1850": a year, however approximate
        boolean circa = t.is(c.ts, "circa") && c.ts + 1 == c.coreS && c.te == c.coreE;
        if (c.type == CARD && !c.spelled && (bare(c) || circa) && unitless(c) && yearLike(c)) {
            times.add(new TimeMention(t.start[c.coreS], t.end[c.coreS], (int) c.value, 0, 0));
            return Verdict.NOT_A_CLAIM;
        }
        return Verdict.NEXT;
    }

    /**
     * "Internet Explorer 9", "HTML 5", "Vostok 1": a name followed by a number; a name that opens the
     * sentence ("Windows 11 requires", "Boeing's 737 Max") only when no noun follows that it could count.
     */
    Verdict name(Candidate c) {
        int before = c.coreS - 1;
        return not(c.type == CARD && !c.spelled && c.ts == c.coreS && unitless(c) && !c.scaled
                && (nameBefore(before) && !placeThenCount(before, c.te)
                || openingName(before) && t.isPlainNum(c.coreS)
                        && (t.numFlags[c.coreS] == 0 && (modelFollows(c.te) || nameThenNoun(before, c))
                        // "Python 3.12 is faster": a version, a name and a decimal opening the sentence
                        || t.numFlags[c.coreS] == 2 && c.value < 100 && modelFollows(c.te))));
    }

    /** Adverbs that open a sentence before a count ("Perhaps 30 people came"); adverbs in -ly need no entry. */
    private static final java.util.Set<String> OPENING_ADVERBS = java.util.Set.of("perhaps", "maybe", "possibly", "some");

    /**
     * "Windows 11 runs on...", "Apollo 11 astronauts", "Formula 1 teams": a capitalised word opening the
     * sentence, a small number and a lower-case word name a product, mission or series; an adverb there
     * ("Perhaps 30 people", "Barely 10 seats") opens a count.
     */
    private boolean nameThenNoun(int before, Candidate c) {
        if (c.value >= 100 || !t.isWord(c.te) || t.capitalized(c.te) || t.gap[c.te] == 2 || t.end[before] - t.start[before] < 3) {
            return false;
        }
        String w = t.text(before).toLowerCase(java.util.Locale.ROOT);
        return !w.endsWith("ly") && !OPENING_ADVERBS.contains(w);
    }

    /**
     * "the Group of Seven met", "the Big Three carmakers", "Formula One teams": a number word written with a
     * capital inside a sentence, after a capitalised word (or one and "of"), is part of a name. In a line
     * written in title case ("Storm Kills Seven In Texas") the word after is capitalised too, and the
     * number stays a claim.
     */
    Verdict spelledName(Candidate c) {
        int i = c.coreS;
        if (!c.spelled || !bare(c) || !unitless(c) || c.coreE != i + 1 || !t.capitalized(i) || t.sentenceInitial(i)) {
            return Verdict.NEXT;
        }
        int b = t.is(i - 1, "of") ? i - 2 : i - 1;
        boolean afterName = t.isWord(b) && t.capitalized(b) && !t.sentenceInitial(i - 1 == b ? i : b + 1) && b >= 0;
        return not(afterName && !(t.isWord(c.te) && t.capitalized(c.te)));
    }

    /** "the 737 Max", "a 15 Pro": a model's number and the word that finishes its name. */
    Verdict modelSuffix(Candidate c) {
        return not(bare(c) && unitless(c) && !c.spelled && c.type == CARD && t.isPlainNum(c.coreS) && t.numFlags[c.coreS] == 0
                && t.gap[Math.min(c.te, t.size - 1)] == 1 && t.capitalized(c.te) && lx.cue(t, c.te, Cue.MODEL_SUFFIX));
    }

    /** "221 Baker Street": a street number; "Cupertino, CA 95014": a postal code after a state's two capitals. */
    Verdict street(Candidate c) {
        return not(bare(c) && unitless(c) && !c.spelled && (streetAfter(c.te) || zip(c.coreS)));
    }

    private boolean zip(int i) {
        int b = i - 1;
        return t.isPlainNum(i) && t.numFlags[i] == 0 && t.end[i] - t.start[i] == 5 && t.allCaps(b) && t.end[b] - t.start[b] == 2
                && t.is(b - 1, ',');
    }

    /** "the 747 has": a number used as a noun. */
    Verdict numberAsNoun(Candidate c) {
        return not(bare(c) && unitless(c) && !c.spelled && t.is(c.coreS - 1, "the")
                && (lx.hasClass(t, c.te, Lexicon.AUX) || t.is(c.te, ',') && t.is(c.te + 1, "which")));
    }

    /** "12 per 100,000 people", "3.6 deaths per 1,000 births": the base of a rate, not a figure of its own. */
    Verdict rateBase(Candidate c) {
        if (c.type != CARD || !unitless(c) || c.ts != c.coreS || !t.is(c.ts - 1, "per") || c.value < 10) {
            return Verdict.NEXT;
        }
        double exponent = Math.log10(c.value);
        return not(Math.abs(exponent - Math.rint(exponent)) < 1e-9);
    }

    /** "call 911", "dialled 999", "a 911 dispatcher": an emergency telephone number. */
    Verdict emergencyNumber(Candidate c) {
        if (!bare(c) || !unitless(c) || c.spelled || !(c.value == 911 || c.value == 999 || c.value == 112)
                || t.numFlags[c.coreS] != 0 || t.end[c.coreS] - t.start[c.coreS] != 3) {
            return Verdict.NEXT;
        }
        int a = c.te;
        // "called 911 customers" counts them
        boolean dialled = lx.cue(t, c.ts - 1, Cue.DIAL_VERB)
                && (!t.isWord(a) || t.gap[a] == 2 || t.is(a, "and") || lx.hasClass(t, a, Lexicon.FUNC | Lexicon.TIMEPREP));
        return not(dialled || lx.cue(t, a, Cue.PHONE_LINE));
    }

    /**
     * "six minutes later", "two minutes in": a point in a match, not a duration; so is "after 58 minutes"
     * in a text that reports a match ("pulled one back after 58 minutes").
     */
    Verdict matchMinute(Candidate c) {
        if (!"duration".equals(c.kind) || !"minutes".equals(c.unit) && !"seconds".equals(c.unit)) {
            return Verdict.NEXT;
        }
        boolean afterInMatch = t.is(c.ts - 1, "after") && "minutes".equals(c.unit) && c.value <= 130 && c.ts == c.coreS
                && c.te == c.coreE + 1 && scan.reportsAMatch();
        return not(afterInMatch || lx.hasClass(t, c.te, Lexicon.EVTIME) && (!t.is(c.te, "in") || clauseEnds(c.te + 1)));
    }

    /**
     * "two minutes in, Kane scored", "two minutes in the second half": "in" ends its clause or places the
     * minute in a match; "9.58 seconds in 2009" and "ten minutes in the oven" go on, and the figure is a
     * length of time.
     */
    private boolean clauseEnds(int k) {
        if (k >= t.size || t.gap[k] == 2 || t.kind[k] == Tokens.SYM && !t.isDash(k)) {
            return true;
        }
        int p = t.is(k, "the") ? k + 1 : k;
        if ((lx.bits(t, p) & Lexicon.ORDINALS) != 0 || t.is(p, "opening")) {
            p++;
        }
        return lx.cue(t, p, Cue.MATCH_PERIOD);
    }

    /**
     * "In Germany 40 people were hurt", "across New South Wales 300 homes": the name ending at {@code b}
     * is a place after "in", "across" or "throughout", and the figure counts the lower-case noun after it
     * at {@code after} ("In Windows 11 the menu" has no such noun).
     */
    boolean placeThenCount(int b, int after) {
        int s = b;
        while (s > b - 3 && !placePreposition(s - 1) && t.isWord(s - 1) && t.capitalized(s - 1)) {
            s--;
        }
        return placePreposition(s - 1) && t.isWord(after) && !t.capitalized(after)
                && !lx.hasClass(t, after, Lexicon.FUNC | Lexicon.DET | Lexicon.AUX | Lexicon.PRON | Lexicon.TIMEPREP | Lexicon.VERB);
    }

    private boolean placePreposition(int k) {
        return t.is(k, "in") || t.is(k, "across") || t.is(k, "throughout");
    }

    /** A locator word after a modal or "to": a verb ("will seat", "to block"), not a label's noun. */
    boolean locatorVerb(int k) {
        return lx.hasClass(t, k - 1, Lexicon.AUX) || t.is(k - 1, "to");
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

    boolean ordinalFiltered(Candidate c) {
        int after = c.coreE;
        if (t.is(after, "place") && t.is(c.ts - 1, "the") && t.is(c.ts - 2, "in")) {
            return true; // "in the first place": the idiom, not a place won ("finished in first place")
        }
        if (c.te > c.coreE) {
            return false; // "second place", "third-largest", "30th anniversary"
        }
        if (t.isDash(after) && t.adjacent(after) && t.is(after + 1, "century")) {
            return true; // "a 19th-century mill": a time, as "the 19th century" is
        }
        if (c.spelled) {
            int b = c.ts - 1;
            // "finished third", "climbed to third", "moved up to third": a place reached
            boolean moved = t.is(b, "to") && (changeWord(b - 1) != null || lx.cue(t, b - 1, Cue.MOVE_VERB));
            // "the team is fourth in the league", "sits third on 45 points": a place held
            boolean held = (lx.hasClass(t, b, Lexicon.AUX) || t.is(b, "sits") || t.is(b, "sit") || t.is(b, "lies")
                    || t.is(b, "remains") || t.is(b, "stands")) && (t.is(after, "in") || t.is(after, "on")) && t.gap[after] == 1
                    && c.value >= 2; // "was first in line" says little
            return !(t.is(b, "ranked") || t.is(b, "ranks") || t.is(b, "finished") || t.is(b, "placed")
                    || t.is(b, "came") || t.is(b, "ranking") || moved || held);
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
    boolean yearLike(Candidate c) {
        int i = c.coreS;
        if (!t.isYear(i)) {
            return false;
        }
        int before = i - 1;
        int after = c.te;
        int bc = lx.classes(t, before);
        if ((bc & Lexicon.TIMEPREP) != 0 && !t.is(before, "of") || isMonth(before)) {
            return true;
        }
        if (c.value >= 1900 && t.isWord(before) && t.capitalized(before) && (!t.sentenceInitial(before) || !lx.known(t, before))) {
            return true; // "Net Zero 2050 strategy", "Euro 2024 final", "Paris 2024 cost": a year in a name
        }
        if (periodLabel(before)) {
            return true; // "in Q3 2024", "H1 2025 sales": the year of a quarter or a half
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

    /** "Q3", "H1": a quarter or half of a year, written as a letter and its number. */
    private boolean periodLabel(int i) {
        if (i < t.lo || t.kind[i] != Tokens.ALNUM || t.end[i] - t.start[i] != 2) {
            return false;
        }
        char l = Character.toUpperCase(t.chars[t.start[i]]);
        char d = t.chars[t.start[i] + 1];
        return l == 'Q' && d >= '1' && d <= '4' || l == 'H' && (d == '1' || d == '2');
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

    void age(Candidate c, int before) {
        if (c.money || c.type != CARD || c.value <= 0 || c.value > 120 || c.unit != null && !c.unit.equals("years")) {
            return;
        }
        boolean isAge = (lx.hasClass(t, before, Lexicon.AGEPRE) || t.is(before, "of") && t.is(before - 1, "age")) && c.ts == c.coreS
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
        isAge = isAge || ageThreshold(c) || turned(c, before) || c.ts == c.coreS && c.te == c.coreE && ageList(before);
        boolean stated = !isAge && ageStated(c, before);
        if (isAge || stated) {
            c.kind = "duration";
            c.unit = "years";
            // a person's age is incidental to a story; an age a statistic states ("the average age ... is 34") is not
            c.rule = isAge ? "<age>" : "age ... is <number>";
        }
    }

    /** "aged 4, 7 and 10": a later figure in a list of ages; {@code k} is the comma or "and" before it. */
    private boolean ageList(int k) {
        for (int items = 0; items < 8 && (t.is(k, ',') || t.is(k, "and")); items++) {
            if (t.is(k, "and") && t.is(k - 1, ',')) {
                k--; // "4, 7, and 10"
            }
            if (!t.isPlainNum(k - 1) || t.value[k - 1] > 120) {
                return false;
            }
            k -= 2;
            if (lx.hasClass(t, k, Lexicon.AGEPRE)) {
                return true;
            }
        }
        return false;
    }

    /** "children under five", "adults over 65": people of an age, with the bound it sets. */
    private boolean ageThreshold(Candidate c) {
        int q = c.ts;
        boolean bound = t.is(q, "under") || t.is(q, "over") || t.is(q, "above") || t.is(q, "below");
        if (!bound || q + 1 != c.coreS || c.te != c.coreE) {
            return false;
        }
        // "one in six people is now over 65": the people, then a verb to be, then the age they are past
        int b = t.is(q - 1, "now") ? q - 2 : q - 1;
        // "people aged under 40": an age word before the bound
        return lx.cue(t, q - 1, Cue.PEOPLE) || lx.hasClass(t, q - 1, Lexicon.AGEPRE) || (t.is(b, "is") || t.is(b, "are") || t.is(b, "were") || t.is(b, "was"))
                && lx.cue(t, b - 1, Cue.PEOPLE) && (lineEnd(c.te) || !t.isWord(c.te));
    }

    /** "who turned 80 last month": an age reached; not "turned 80 pages". */
    private boolean turned(Candidate c, int before) {
        if (!t.is(before, "turned") || c.ts != c.coreS || c.te != c.coreE) {
            return false;
        }
        int n = c.te;
        return !t.isWord(n) || lx.hasClass(t, n, Lexicon.FUNC | Lexicon.TIMEPREP | Lexicon.DET) || (lx.bits(t, n) & Lexicon.TIMEWORD) != 0;
    }

    /** "the average age of a first-time buyer is now 34": the figure an age is said to be. */
    private boolean ageStated(Candidate c, int before) {
        if (c.ts != c.coreS || c.te != c.coreE
                || t.isWord(c.te) && t.gap[c.te] != 2 && !t.is(c.te, "and") && !lx.hasClass(t, c.te, Lexicon.FUNC | Lexicon.TIMEPREP)) {
            return false;
        }
        int label = t.isWord(before - 2) && !lineStart(before - 1) ? before - 2 : before - 1; // "Age:", "Median age:"
        if (t.is(before, ':') && t.is(before - 1, "age") && (lineStart(label) || lineStart(label - 1) && t.kind[label - 1] == Tokens.SYM)) {
            return true; // "Median age: 35.9", "- Age: 34" in a fact box
        }
        int aux = t.is(before, "now") ? before - 1 : before;
        // "the average age is 34"; "the pension age will rise to 67", "raise the voting age to 16", "from 66 to 67"
        if (!lx.hasClass(t, aux, Lexicon.AUX) && !t.is(aux, "to") && !t.is(aux, "from")) {
            return false;
        }
        if (t.is(aux, "to") && t.isPlainNum(aux - 1) && t.is(aux - 2, "from")) {
            aux -= 2;
        }
        for (int k = aux - 1; k >= Math.max(t.lo, aux - 8); k--) {
            if (stop(k) || t.is(k, ',') || t.kind[k] == Tokens.NUM) {
                return false;
            }
            if (t.is(k, "age") || t.is(k, "oldest") || t.is(k, "youngest")) {
                return true; // "the average age ... is 34", "the oldest person in the study was 104"
            }
        }
        return false;
    }
}
