package io.claimcheck.extract;

import static io.claimcheck.extract.Candidate.*;

import java.util.List;

/**
 * Spans that start at a token and are never claims, consumed whole so that no number inside them
 * is read: dates (kept as time mentions), clock times, phone numbers, identifiers such as
 * "STS-133" and "7-Eleven", year ranges, and match scores (emitted as scores, never as counts).
 */
final class NonClaims extends ScanPart {

    NonClaims(Scan scan) {
        super(scan);
    }

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
                    && i + 2 < t.size && lx.numbers.get(t, i) == null && !t.is(i, "top") // "a top-10 finish" is a rank
                    && !((t.is(i, "over") || t.is(i, "under") || t.is(i, "mid")) && scan.atoms.glued(i + 2, 's'))) { // "over-65s", "her mid-20s": ages
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
        for (Rule rule : AT_A_NUMBER) {
            int e = rule.end(this, i);
            if (e > i) {
                return e;
            }
        }
        return -1;
    }

    /** A span that starts at a number and is never a claim: its grammar line, and where it ends ({@code -1}: not here). */
    record Rule(String name, End end) {

        @FunctionalInterface
        interface End {
            int at(NonClaims rules, int i);
        }

        int end(NonClaims rules, int i) {
            return end.at(rules, i);
        }
    }

    /** The spans that may start at a number, tried in order; the first that matches is consumed whole. */
    static final List<Rule> AT_A_NUMBER = List.of(
            new Rule("<web address>/<number>...", NonClaims::webAddress),
            new Rule("<apostrophe><two digits>[s]", NonClaims::shortYear),
            new Rule("<digits>-<Number word>|<Letter>, <digits>(<letter>)", NonClaims::numberedName),
            new Rule("<identifier>.<digits>, <digits>.<digits>.<digits>", NonClaims::identifierDecimals),
            new Rule("<degrees>° N|S|E|W", NonClaims::coordinate),
            new Rule("<hour>:<minutes>[:<seconds>] [am|pm|<zone>]", NonClaims::clock),
            new Rule("<hour>[.]<minutes> <zone>", NonClaims::dottedClock),
            new Rule("<hour>am|pm, <decade>s", NonClaims::gluedClockOrDecade),
            new Rule("<hour> am|pm|o'clock|a.m.|p.m.", NonClaims::spacedClock),
            new Rule("<phone number>", NonClaims::phoneChain),
            new Rule("<day> <Month> [<year>]", NonClaims::dayMonth),
            new Rule("<day>|<hour> and|or|to <day> <Month>|<hour> o'clock", NonClaims::pairedTime),
            new Rule("<year>-<year>", NonClaims::yearRange),
            new Rule("<score>", NonClaims::score),
            new Rule("<vote verb> ... <number>-|to <number>", NonClaims::voteTally),
            new Rule("50-50, 50/50, a 360-degree|180-degree", NonClaims::evenOdds),
            new Rule("<locator> <number> of <number>", NonClaims::labelOfTotal),
            new Rule("<line start> <number> comments|shares|views <line end>", NonClaims::pageCounter),
            new Rule("<line start> Published|Updated|By ... <number> <unit> ago <line end>", NonClaims::timestampLine),
            new Rule("<line start> <number>.|) <Capital>", NonClaims::listMarker),
            new Rule("<number> <number> <number> ...", NonClaims::tableRow),
            new Rule("<Name> <number>-<number>", NonClaims::modelVariant));

    /**
     * "https://example.com/2025/06/03/story-123", "www.site.org/page/2": a number inside a web address,
     * which runs without a space from "http(s)://" or "www." to the next space; the whole rest of the
     * address is consumed.
     */
    int webAddress(int i) {
        int k = i;
        while (k > t.lo && t.gap[k] == 0 && i - k < 40) {
            k--;
            if (t.is(k, ':') && t.is(k + 1, '/') && t.is(k + 2, '/') && (t.is(k - 1, "http") || t.is(k - 1, "https"))
                    || t.is(k, "www") && t.is(k + 1, '.')) {
                int e = i + 1;
                while (e < t.size && t.gap[e] == 0) {
                    e++;
                }
                return e;
            }
        }
        return -1;
    }

    /** "the class of '24", "the '90s": a year or decade written with an apostrophe for its century. */
    int shortYear(int i) {
        boolean apostrophe = t.is(i - 1, '\'') || t.is(i - 1, '\u2019') || t.is(i - 1, '\u2018');
        if (apostrophe && t.adjacent(i) && !t.adjacent(i - 1) && t.isNum(i) && t.numFlags[i] == 0 && t.numEnd[i] - t.start[i] == 2
                && (t.numEnd[i] == t.end[i] || t.end[i] - t.numEnd[i] == 1 && t.chars[t.numEnd[i]] == 's')) {
            return i + 1;
        }
        return -1;
    }

    /** "Boeing 787-9": a model's number of three digits or more and a variant of one or two after it ("Senate 68-32" is a vote). */
    int modelVariant(int i) {
        if (t.isPlainNum(i) && t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isPlainNum(i + 2)
                && t.numFlags[i] == 0 && t.value[i] >= 100 && t.value[i + 2] < 100 && scan.filters.nameBefore(i - 1)) {
            return i + 3;
        }
        return -1;
    }

    /** "1. The economy grew", "2) Prices": the number of an item in a list. */
    int listMarker(int i) {
        if (lineStart(i) && t.isPlainNum(i) && t.numFlags[i] == 0 && t.value[i] <= 100 && (t.is(i + 1, '.') || t.is(i + 1, ')'))
                && t.adjacent(i + 1) && i + 2 < t.size && t.gap[i + 2] == 1 && t.capitalized(i + 2)) {
            return i + 2;
        }
        return -1;
    }

    /** "Arsenal 38 28 5 5 89": three or more bare numbers in a row are the cells of a table, not figures of a sentence. */
    int tableRow(int i) {
        if (spacedThousands(i) > 0) {
            return -1; // "1 200 000" is one number
        }
        int e = i;
        while (t.isPlainNum(e) && (e == i || t.gap[e] == 1)) {
            e++;
        }
        return e - i >= 3 ? e : -1;
    }

    /** "Image 1 of 5", "Page 2 of 3": where a reader is in a gallery or a paginated story. */
    int labelOfTotal(int i) {
        if (lx.hasClass(t, i - 1, Lexicon.LOCATOR) && t.is(i + 1, "of") && t.isPlainNum(i + 2) && t.gap[i + 1] == 1 && t.gap[i + 2] == 1) {
            return i + 3;
        }
        return -1;
    }

    /** "23 comments" on a line of its own: a page's counter, not the story's. */
    int pageCounter(int i) {
        if (lineStart(i) && t.isPlainNum(i) && lx.cue(t, i + 1, Cue.PAGE_COUNTER) && lineEnd(i + 2)) {
            return i + 2;
        }
        // "Comments (143)": the counter after its label
        if (t.isPlainNum(i) && t.is(i - 1, '(') && t.is(i + 1, ')') && lineEnd(i + 2) && lineStart(i - 2)
                && lx.cue(t, i - 2, Cue.PAGE_COUNTER)) {
            return i + 2;
        }
        return -1;
    }

    /** "Published 2 hours ago" on a line of its own: when the page was stamped, not a duration the story states. */
    int timestampLine(int i) {
        // "Published 14 March 2025 | Updated 2 hours ago": a stamp after a separator on the line counts too
        boolean stampOpens = lineStart(i - 1) || t.kind[Math.max(0, i - 2)] == Tokens.SYM && !t.is(i - 2, '.') && i >= 2;
        if (stampOpens && t.capitalized(i - 1) && lx.cue(t, i - 1, Cue.STAMP) && t.isPlainNum(i)
                && t.isWord(i + 1) && t.is(i + 2, "ago") && lineEnd(i + 3)) {
            return i + 3;
        }
        // "By Jane Smith, 5 hours ago": a byline stamped with its age
        if (t.is(i - 1, ',') && t.isPlainNum(i) && t.isWord(i + 1) && t.is(i + 2, "ago") && lineEnd(i + 3)) {
            for (int k = i - 2; k >= Math.max(0, i - 8); k--) {
                if (lineStart(k)) {
                    return t.is(k, "by") && t.capitalized(k) ? i + 3 : -1;
                }
            }
        }
        return -1;
    }


    /** "7-Eleven": digits joined to a capitalized number word make a name. */
    int numberedName(int i) {
        if (t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isWord(i + 2) && t.capitalized(i + 2)
                && (lx.numbers.get(t, i + 2) != null || oneLetter(i + 2) && !t.adjacent(i + 3))) {
            return i + 3; // "7-Eleven", "a 10-K filing"
        }
        if (t.is(i + 1, '(') && t.adjacent(i + 1) && oneLetter(i + 2) && t.adjacent(i + 2) && t.is(i + 3, ')') && t.adjacent(i + 3)) {
            return i + 4; // "a 401(k) plan"
        }
        return -1;
    }

    private boolean oneLetter(int k) {
        return t.isWord(k) && t.end[k] - t.start[k] == 1;
    }

    /** "v2.5", "A4.1": the decimals of a word with digits, not a number of their own. */
    int identifierDecimals(int i) {
        if (t.is(i - 1, '.') && t.adjacent(i) && t.adjacent(i - 1) && i >= 2 && t.kind[i - 2] == Tokens.ALNUM) {
            return i + 1;
        }
        // "2.4.1", "192.168.1.1": more dots than a decimal has make a version or an address
        if (t.isPlainNum(i) && (t.numFlags[i] & 2) != 0 && t.is(i + 1, '.') && t.adjacent(i + 1) && t.isNum(i + 2) && t.adjacent(i + 2)) {
            int e = i + 2;
            while (t.is(e + 1, '.') && t.adjacent(e + 1) && t.isNum(e + 2) && t.adjacent(e + 2)) {
                e += 2;
            }
            return e + 1;
        }
        return -1;
    }

    /** "51.5074° N, 0.1278° W": a place on the globe, not a measure of anything. */
    int coordinate(int i) {
        int e = i + 1;
        if (!t.isPlainNum(i) || !t.is(e, '\u00b0') || !t.adjacent(e)) {
            return -1;
        }
        e++;
        if (t.isWord(e) && t.end[e] - t.start[e] == 1 && "NSEW".indexOf(t.chars[t.start[e]]) >= 0) {
            return e + 1;
        }
        return -1;
    }

    /** Clock times: 22:30, 6:00am, 14:05 GMT (minutes in two digits: "3:2" is a ratio). */
    int clock(int i) {
        if (t.is(i + 1, ':') && t.adjacent(i + 1) && t.isNum(i + 2) && t.adjacent(i + 2) && t.numEnd[i + 2] - t.start[i + 2] == 2) {
            int e = i + 3;
            if (t.is(e, ':') && t.adjacent(e) && t.isNum(e + 1)) {
                e += 2;
            }
            int taken = timeTaken(i, e);
            return taken > 0 ? taken : afterClock(e);
        }
        return -1;
    }

    /**
     * "the world record is 2:00:35", "she clocked 3:43": hours, minutes and seconds (or minutes and seconds)
     * after a word of a race are a time taken, one claim in seconds; "at 3:43" stays a clock time.
     */
    private int timeTaken(int i, int e) {
        boolean threeParts = e == i + 5;
        if (!t.isPlainNum(i) || t.numFlags[i] != 0 || !t.isPlainNum(i + 2) || threeParts && !t.isPlainNum(i + 4)
                || t.is(e, "am") || t.is(e, "pm") || t.is(e, "a") || t.is(e, "p") || lx.cue(t, e, Cue.TIMEZONE)
                || t.is(i - 1, "at") || t.is(i - 1, "by") || t.is(i - 1, "until") || t.is(i - 1, "from")
                || !cueBefore(i, Cue.RACE_TIME)) {
            return -1;
        }
        // h:mm:ss, or m:ss: each part after the first is under 60
        double second = t.value[i + 2];
        double third = threeParts ? t.value[i + 4] : 0;
        if (second >= 60 || third >= 60) {
            return -1;
        }
        double total = threeParts ? t.value[i] * 3600 + second * 60 + third : t.value[i] * 60 + second;
        Candidate c = cand(i, e, CARD, total);
        c.kind = "duration";
        c.unit = "seconds";
        c.rule = threeParts ? "<hours>:<minutes>:<seconds>" : "<minutes>:<seconds>";
        emit(c);
        return e;
    }

    /** "10.04 GMT", "1542 UTC": a clock time written with a dot or as four digits, before a time zone (never a year). */
    int dottedClock(int i) {
        if (t.numFlags[i] == 2 && t.isPlainNum(i) && t.end[i] - t.start[i] >= 4 && t.end[i] - t.start[i] <= 5
                && t.chars[t.end[i] - 3] == '.' && t.value[i] < 24 && t.value[i] % 1 < 0.6 && lx.cue(t, i + 1, Cue.TIMEZONE)) {
            return i + 2;
        }
        if (t.numFlags[i] == 0 && t.isPlainNum(i) && t.end[i] - t.start[i] == 4 && t.value[i] < 2400 && t.value[i] % 100 < 60
                && lx.cue(t, i + 1, Cue.TIMEZONE)) {
            return i + 2;
        }
        return -1;
    }

    /** "6pm", "the 1990s". */
    int gluedClockOrDecade(int i) {
        if (t.numEnd[i] < t.end[i]) {
            String suf = t.text.subSequence(t.numEnd[i], t.end[i]).toString().toLowerCase(java.util.Locale.ROOT);
            if (suf.equals("am") || suf.equals("pm")) {
                return i + 1;
            }
            if (suf.equals("s") && t.end[i] - t.start[i] == 5 && (t.numFlags[i] & 2) == 0) {
                return i + 1; // "the 1990s"; not "9.58s"
            }
        }
        return -1;
    }

    /** "6 pm", "9 o'clock", "6 p.m.". */
    int spacedClock(int i) {
        return spacedClockAt(i) ? afterClock(i + 1) : -1;
    }

    /** An hour and "am", "pm", "o'clock", "a.m." or "p.m." after it, at token {@code i}. */
    private boolean spacedClockAt(int i) {
        return t.isPlainNum(i) && t.value[i] <= 24 && (t.is(i + 1, "am") || t.is(i + 1, "pm") || t.is(i + 1, "o'clock")
                || t.is(i + 1, "a") && t.is(i + 2, '.') && t.is(i + 3, "m") || t.is(i + 1, "p") && t.is(i + 2, '.') && t.is(i + 3, "m"));
    }

    /**
     * "on 3 and 4 June", "from 1 to 3 June", "at 9 and 10 o'clock": the first of two days or hours that share
     * the month or clock word written after the second. Consumes the first and its joining word; the
     * second is read as the date or time it is.
     */
    int pairedTime(int i) {
        if (!t.isPlainNum(i) || t.numFlags[i] != 0 || t.value[i] < 1 || t.value[i] > 31) {
            return -1;
        }
        int k = i + 1;
        if (!(t.is(k, "and") || t.is(k, "or") || t.is(k, "to") || t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1))) {
            return -1;
        }
        int n = k + 1;
        boolean day = t.isPlainNum(n) && t.numFlags[n] == 0 && t.value[n] >= 1 && t.value[n] <= 31 && isMonth(n + 1);
        boolean hour = t.value[i] <= 24 && spacedClockAt(n);
        return day || hour ? n : -1;
    }

    /** "18 May 2015": a date, kept as a time mention. */
    int dayMonth(int i) {
        if (t.isNum(i) && t.value[i] >= 1 && t.value[i] <= 31 && t.numFlags[i] == 0 && isMonth(i + 1)) {
            int e = date(i + 1);
            // "on 3 June 2025": the day joins the month (and year) the date rule read
            TimeMention month = times.isEmpty() ? null : times.get(times.size() - 1);
            int day = (int) t.value[i];
            if (month != null && month.start() == t.start[i + 1] && month.month() > 0 && month.day() == 0 && month.endYear() == 0
                    && (month.year() == 0 || java.time.YearMonth.of(month.year(), month.month()).isValidDay(day))) {
                times.set(times.size() - 1, new TimeMention(t.start[i], month.end(), month.year(), month.month(), day));
            } else {
                times.add(new TimeMention(t.start[i], t.end[e - 1], 0, 0, 0));
            }
            return e;
        }
        return -1;
    }

    /** Year ranges: 2015-2016, 2024-25. */
    int yearRange(int i) {
        boolean joined = t.isDash(i + 1) || t.is(i + 1, '/');
        if (t.isYear(i) && joined && t.adjacent(i + 1) && t.adjacent(i + 2) && t.isPlainNum(i + 2)
                && (t.isYear(i + 2) || t.end[i + 2] - t.start[i + 2] == 2)) {
            // "in 2025-26", "2023/24", "1939-1945": the years it spans fill the time of the claims near it
            int from = (int) t.value[i];
            int to = (int) t.value[i + 2];
            if (t.end[i + 2] - t.start[i + 2] == 2) {
                to += from / 100 * 100;
                if (to < from) {
                    to += 100; // "1999-00"
                }
            }
            if (to <= from && t.is(i + 1, '/')) {
                return -1;
            }
            // "the 1981-2010 average": a baseline the figure is set against, not when it holds
            boolean baseline = t.is(i + 3, "average") || t.is(i + 3, "averages") || t.is(i + 3, "baseline") || t.is(i + 3, "mean")
                    || t.is(i + 3, "norm") || t.is(i + 3, "levels") || t.is(i + 3, "level");
            if (to > from && !baseline) {
                times.add(new TimeMention(t.start[i], t.end[i + 2], from, 0, 0, to));
            }
            return i + 3;
        }
        return -1;
    }

    /** "a 50-50 chance": even odds, an idiom. */
    int evenOdds(int i) {
        if (t.isPlainNum(i) && t.value[i] == 50 && (t.isDash(i + 1) || t.is(i + 1, '/')) && t.adjacent(i + 1) && t.adjacent(i + 2)
                && t.isPlainNum(i + 2) && t.value[i + 2] == 50) {
            return i + 3;
        }
        // "a 360-degree view", "a 180-degree turn": a figure of speech
        if (t.isPlainNum(i) && (t.value[i] == 360 || t.value[i] == 180) && t.numFlags[i] == 0 && t.is(i - 1, "a")
                && t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && t.is(i + 2, "degree")) {
            return i + 3;
        }
        return -1;
    }

    int afterClock(int e) {
        if (t.is(e, "am") || t.is(e, "pm") || t.is(e, "o'clock") || lx.cue(t, e, Cue.TIMEZONE)) {
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

    /** Phone numbers: "202-452-2955", "452-2955", "020 7946 0958". */
    int phoneChain(int i) {
        int bracketed = areaCoded(i);
        if (bracketed > 0) {
            return bracketed;
        }
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
            while (dashedGroup(e)) {
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

    /**
     * "(212) 555-0100", "+1 (212) 555-0100": a number with its area code in brackets, from the country code
     * or the area code on.
     */
    private int areaCoded(int i) {
        int open;
        if (t.is(i, '+') && t.isPlainNum(i + 1) && t.adjacent(i + 1) && t.end[i + 1] - t.start[i + 1] <= 3 && t.is(i + 2, '(')) {
            open = i + 2;
        } else if (t.isPlainNum(i) && t.is(i - 1, '+') && t.adjacent(i) && t.end[i] - t.start[i] <= 3 && t.is(i + 1, '(')) {
            open = i + 1; // at the country code itself
        } else if (t.isPlainNum(i) && t.is(i - 1, '(') && t.adjacent(i)) {
            open = i - 1;
        } else {
            return -1;
        }
        int area = open + 1;
        if (!t.isPlainNum(area) || t.numFlags[area] != 0 || !t.adjacent(area) || !t.is(area + 1, ')') || !t.adjacent(area + 1)
                || !t.isPlainNum(area + 2) || t.numFlags[area + 2] != 0) {
            return -1;
        }
        int e = area + 2;
        int digits = t.end[area] - t.start[area] + t.end[e] - t.start[e];
        while (true) {
            if (dashedGroup(e)) {
                e += 2; // 555-0100
            } else if (t.isPlainNum(e + 1) && t.numFlags[e + 1] == 0 && t.gap[e + 1] == 1 && t.end[e + 1] - t.start[e + 1] >= 3) {
                e += 1; // 7946 0958
            } else {
                break;
            }
            digits += t.end[e] - t.start[e];
        }
        return digits >= 9 ? e + 1 : -1;
    }

    /** True when a group of plain digits is joined by a dash to token {@code e} ("555-0100"). */
    private boolean dashedGroup(int e) {
        return t.isDash(e + 1) && t.adjacent(e + 1) && t.adjacent(e + 2) && t.isPlainNum(e + 2) && t.numFlags[e + 2] == 0;
    }

    /** Match scores ("won 3-2", "beat Arsenal 2-0", "a 1 - 0 win"): emitted as a score, never as a count. */
    int score(int i) {
        // "won 112-104", "beat the Eagles 38-35": a high score needs a match verb before it, and no vote
        boolean high = t.isPlainNum(i) && t.numFlags[i] == 0 && t.value[i] <= 200 && t.isPlainNum(i + 2) && t.numFlags[i + 2] == 0
                && t.value[i + 2] <= 200 && Math.max(t.value[i], t.value[i + 2]) > 30 && t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2);
        if (high && scoreVerbBefore(i) && !cueBefore(i, Cue.VOTE_VERB)) {
            return tally(i, "points", "<score>");
        }
        if (!smallInt(i) || !(t.isDash(i + 1) || t.is(i + 1, ':') && t.adjacent(i + 1) && t.adjacent(i + 2)) || !smallInt(i + 2)) {
            return -1;
        }
        int a = i + 3;
        // "6-4, 3-6, 7-6 (7-4)": the sets after a first score, and a tie-break in brackets
        boolean another = (t.is(i - 1, ',') || t.is(i - 1, '(')) && !out.isEmpty() && "<score>".equals(out.get(out.size() - 1).rule())
                && out.get(out.size() - 1).end() >= t.start[i - 1] - 4 && t.adjacent(i + 1) && t.adjacent(i + 2);
        if (another) {
            return tally(i, out.get(out.size() - 1).unit(), "<score>");
        }
        // "won in straight sets, 6-3, 6-4", "lost the first set 4-6", "won 6-3, 6-4": a tennis score counts games
        // ("triumphed 7-6 (7-4), 6-2": a set and the tie-break in brackets)
        boolean tennis = setScore(i) && (setWordBefore(i) || t.is(a, ',') && setScore(a + 1)
                || t.is(a, '(') && t.value[i] + t.value[i + 2] == 13 && smallInt(a + 1) && t.isDash(a + 2));
        // "went 12-4 in the regular season", "a 12-4 record", "a record of 12-4": wins and losses, in games
        boolean record = t.adjacent(i + 1) && t.adjacent(i + 2) && (t.is(a, "record") || t.is(i - 1, "of") && t.is(i - 2, "record")
                || (t.is(i - 1, "went") || t.is(i - 1, "finished")) && !t.is(a, "up") && !t.is(a, "down") && !t.is(a, "ahead"));
        boolean series = record;
        if (t.adjacent(i + 1) || t.adjacent(i + 2)) {
            // written tight ("won 3-2") it is a score only beside a word of a match; else a range
            boolean afterVerb = scoreVerbBefore(i) || tennis || record;
            // "the half-time score was 1-0"; "lead the series 3-1", a score in games won
            for (int k = i - 1; !afterVerb && k >= Math.max(0, i - 3) && t.isWord(k); k--) {
                series = t.is(k, "series");
                afterVerb = t.is(k, "score") || t.is(k, "scoreline") || series;
            }
            if (!(t.adjacent(i + 1) && t.adjacent(i + 2)) || !(afterVerb || lx.cue(t, a, Cue.SCORE_WORD))) {
                return -1;
            }
        }
        if (lx.units.at(t, a) != null || t.isWord(a) && !t.capitalized(a) && lx.classes(t, a) == 0 && !lx.cue(t, a, Cue.SCORE_WORD)
                && !t.is(a, "record")) {
            return -1;
        }
        if (t.value[i + 2] < t.value[i] && cueBefore(i, Cue.VOTE_VERB) && !cueBefore(i, Cue.SCORE_VERB)) {
            return tally(i, "votes", "<vote>"); // "the court ruled by a 6-3 margin"
        }
        // "beat the Jets 27-10": more than a dozen is no football score but points (American football, rugby)
        return tally(i, tennis || series ? "games" : Math.max(t.value[i], t.value[i + 2]) > 12 ? "points" : "goals", "<score>");
    }

    /** A set of tennis at token {@code i}: "6-4", "4-6", "7-5", "7-6", a side at six with the other at four or less, or at seven. */
    private boolean setScore(int i) {
        if (!smallInt(i) || !smallInt(i + 2) || !t.isDash(i + 1)) {
            return false;
        }
        double hi = Math.max(t.value[i], t.value[i + 2]);
        double lo = Math.min(t.value[i], t.value[i + 2]);
        return hi == 6 && lo <= 4 || hi == 7 && (lo == 5 || lo == 6);
    }

    /** "set" or "sets" a few words before token {@code i}, or before the comma there ("in straight sets, 6-3"). */
    private boolean setWordBefore(int i) {
        return cueBefore(i, Cue.TENNIS_SET) || t.is(i - 1, ',') && cueBefore(i - 1, Cue.TENNIS_SET);
    }

    /** A match verb just before token {@code i}, or before the opponent's name ("beat Arsenal 2-0", "beat the Chiefs 25-22"). */
    private boolean scoreVerbBefore(int i) {
        boolean found = lx.cue(t, i - 1, Cue.SCORE_VERB);
        for (int k = i - 1; !found && k >= Math.max(0, i - 4) && t.isWord(k) && (t.capitalized(k) || t.is(k, "the")); k--) {
            found = lx.cue(t, k - 1, Cue.SCORE_VERB);
        }
        return found;
    }

    /** A score or a vote ("3-2", "68-32"): one claim, of the first number, in goals or votes. */
    private int tally(int i, String unit, String rule) {
        Candidate c = cand(i, i + 3, CARD, t.value[i]);
        c.kind = "other";
        c.unit = unit;
        c.rule = rule;
        emit(c);
        return i + 3;
    }

    /**
     * "The bill passed the Senate 68-32", "the court ruled 7-2": a vote, given as the votes for; like a
     * score it is one claim, never a range nor two counts.
     */
    int voteTally(int i) {
        // "68-32", or "5 to 4" when no "from" makes it two levels
        boolean joined = t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) || t.is(i + 1, "to") && !t.is(i - 1, "from");
        if (!t.isPlainNum(i) || t.numFlags[i] != 0 || !joined
                || !t.isPlainNum(i + 2) || t.numFlags[i + 2] != 0 || t.value[i + 2] >= t.value[i]) {
            return -1; // the winning side comes first; "approved 20-30 homes" is a range
        }
        // "a 51-49 majority in the Senate", "a 6-3 majority": the votes of a chamber or a court
        boolean majority = t.isDash(i + 1) && (t.is(i + 3, "majority") || t.isWord(i + 3) && !t.capitalized(i + 3) && t.is(i + 4, "majority")
                // "in a 5-2 vote", "a 7-2 ruling", "a 6-3 decision"
                || t.is(i + 3, "vote") || t.is(i + 3, "ruling") || t.is(i + 3, "decision") || t.is(i + 3, "verdict"));
        return cueBefore(i, Cue.VOTE_VERB) || majority ? tally(i, "votes", "<vote>") : -1;
    }

    /** A word with the cue a few words before token {@code i}, in the same clause ("passed the Senate", "ruled by a"). */
    private boolean cueBefore(int i, Cue cue) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (stop(k) || t.is(k, ',') || t.gap[k + 1] == 2) {
                return false;
            }
            if (lx.cue(t, k, cue)) {
                return true;
            }
        }
        return false;
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
            if (t.is(k, ',') && t.isYear(k + 1)) {
                year = (int) t.value[k + 1];
                k += 2;
            } else if (t.isYear(k)) {
                year = (int) t.value[k];
                k++;
            }
        } else if (t.isYear(k)) {
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
}
