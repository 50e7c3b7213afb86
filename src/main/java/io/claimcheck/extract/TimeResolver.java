package io.claimcheck.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the time expressions of a sentence and resolves them against the article's reference
 * date (its {@code publishedAt}); never against the clock. Without a reference date, relative
 * expressions keep their words and an unresolved (null) value.
 */
final class TimeResolver {

    /** A time expression found in a text. */
    record Found(int start, int end, String text, String value) {
    }

    private final Lexicon lx;

    TimeResolver(Lexicon lx) {
        this.lx = lx;
    }

    /** All time expressions in {@code text}, in order, resolved against {@code ref} (may be null). */
    List<Found> find(String text, Tokens t, List<TimeMention> mentions, LocalDate ref) {
        List<Found> out = new ArrayList<>();
        int[] match = {-1}; // whether the text reports a match: found out only when a bare "first half" needs it
        int mi = 0;
        int mentionCount = mentions.size();
        // the first mention that ends after the current token: where it starts and ends
        int mStart = mentionCount == 0 ? -1 : mentions.get(0).start();
        int mEnd = mentionCount == 0 ? Integer.MAX_VALUE : mentions.get(0).end();
        byte[] kind = t.kind;
        int[] bits = t.bits;
        for (int i = 0; i < t.size; i++) {
            // most words are no time word and start no date: step past them on two array reads
            if (kind[i] == Tokens.WORD && (bits == null || (bits[i] & Lexicon.TIMEWORD) == 0) && (mStart < 0 || t.start[i] < mStart)) {
                continue;
            }
            int st = t.start[i];
            if (st >= mEnd) {
                while (mi < mentionCount && mentions.get(mi).end() <= st) {
                    mi++;
                }
                mStart = mi < mentionCount ? mentions.get(mi).start() : -1;
                mEnd = mi < mentionCount ? mentions.get(mi).end() : Integer.MAX_VALUE;
            }
            if (st == mStart) {
                TimeMention m = mentions.get(mi);
                Found f = explicit(t, i, m, text, ref);
                if (f != null) {
                    out.add(f);
                    while (i + 1 < t.size && t.start[i + 1] < Math.max(m.end(), f.end())) {
                        i++;
                    }
                    continue;
                }
            }
            char letter = t.kind[i] == Tokens.ALNUM && t.end[i] - t.start[i] == 2 ? t.chars[t.start[i]] : 0;
            if (letter == 'Q' || letter == 'H') {
                // "up 6% in Q2", "in H1": a quarter or half with no year is the latest that has begun by the reference
                // date; "Q3 2024", "H1 2024" name their year
                int n = t.chars[t.start[i] + 1] - '0';
                int months = letter == 'Q' ? 3 : 6;
                if (n >= 1 && n <= 12 / months) {
                    int s = t.is(i - 1, "in") ? t.start[i - 1] : t.start[i];
                    int e = i;
                    Integer year = ref == null ? null : ref.getMonthValue() >= months * (n - 1) + 1 ? ref.getYear() : ref.getYear() - 1;
                    if (t.isYear(i + 1) && t.value[i + 1] >= 1900) {
                        e = i + 1;
                        year = (int) t.value[i + 1];
                    } else if (t.isNum(i + 1)) {
                        continue;
                    }
                    out.add(new Found(s, t.end[e], text.substring(s, t.end[e]), year == null ? null : period(year, letter, n)));
                    i = e;
                }
                continue;
            }
            int fy = fiscalYear(t, i);
            if (fy > 0) {
                // "revenue grew 8% in FY2023": the fiscal year, named by the calendar year it ends in
                int s = t.is(i - 1, "in") ? t.start[i - 1] : t.start[i];
                out.add(new Found(s, t.end[i], text.substring(s, t.end[i]), Integer.toString(fy)));
                continue;
            }
            if (t.kind[i] != Tokens.WORD || (t.bits[i] & Lexicon.TIMEWORD) == 0) {
                continue;
            }
            Found f = relative(t, i, text, ref, match);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private Found explicit(Tokens t, int i, TimeMention m, String text, LocalDate ref) {
        int s = m.start();
        String value = m.iso();
        if (value.isEmpty() && m.month() > 0 && ref != null) {
            value = monthBefore(ref, m.month(), m.day(), ahead(t, i));
        }
        if (value.isEmpty()) {
            return null;
        }
        int p = i - 1;
        // "in the financial year to March 2025": the months that end with the month named
        int[] period = m.month() > 0 && m.day() == 0 && m.endYear() == 0 && m.year() > 0 ? periodTo(t, i) : null;
        if (period != null) {
            YearMonth end = YearMonth.of(m.year(), m.month());
            int s0 = t.start[period[1]];
            return new Found(s0, m.end(), text.substring(s0, m.end()), end.minusMonths(period[0] - 1) + "/" + end);
        }
        // "from 2019 to 2023", "between 2010 and 2020": the years from the one to the other
        if (m.month() == 0 && m.endYear() == 0 && (t.is(p, "from") && t.is(i + 1, "to") || t.is(p, "between") && t.is(i + 1, "and"))
                && t.isYear(i + 2) && t.value[i + 2] > m.year()) {
            int e = t.end[i + 2];
            return new Found(t.start[p], e, text.substring(t.start[p], e), m.year() + "/" + (int) t.value[i + 2]);
        }
        // "since 2020": an interval up to the reference date
        if (t.is(p, "since") && ref != null && m.month() == 0) {
            return new Found(t.start[p], m.end(), text.substring(t.start[p], m.end()), value + "/" + ref.getYear());
        }
        if (t.is(p, "in") || t.is(p, "by") || t.is(p, "of") || t.is(p, "on") || t.is(p, "since") || t.is(p, "during")
                || t.is(p, "until")) {
            s = t.start[p];
            if (t.is(p, "of") && t.is(p - 1, "as")) {
                s = t.start[p - 1];
            }
        }
        return new Found(s, m.end(), text.substring(s, m.end()), value);
    }

    /** The year of "FY2023" or "FY24" at token {@code i}, or 0. */
    private static int fiscalYear(Tokens t, int i) {
        int a = t.start[i];
        int len = t.end[i] - a;
        if (t.kind[i] != Tokens.ALNUM || len != 4 && len != 6 || t.chars[a] != 'F' || t.chars[a + 1] != 'Y') {
            return 0;
        }
        int y = 0;
        for (int k = a + 2; k < t.end[i]; k++) {
            char c = t.chars[k];
            if (c < '0' || c > '9') {
                return 0;
            }
            y = y * 10 + c - '0';
        }
        return len == 4 ? 2000 + y : y >= 1900 && y <= 2100 ? y : 0;
    }

    /**
     * "the year to", "the six months to" before the month at token {@code i}: how many months end with that
     * month, and the token the phrase opens at ("the" included); null when no such phrase stands there.
     */
    private int[] periodTo(Tokens t, int i) {
        if (!t.is(i - 1, "to")) {
            return null;
        }
        int months = t.is(i - 2, "year") ? 12 : 0;
        int open = i - 2;
        Lexicon.NumberWord spelled = t.is(i - 2, "months") && t.isWord(i - 3) ? lx.numbers.get(t, i - 3) : null;
        if (t.is(i - 2, "months") && (t.isPlainNum(i - 3) || spelled != null)) {
            months = (int) (spelled != null ? spelled.value() : t.value[i - 3]);
            open = i - 3;
        }
        if (months <= 0 || months > 24) {
            return null;
        }
        // "the financial year to March 2025", "the fiscal year to June"
        if (months == 12 && (t.is(open - 1, "financial") || t.is(open - 1, "fiscal"))) {
            open--;
        }
        return new int[] {months, t.is(open - 1, "the") ? open - 1 : open};
    }

    private Found relative(Tokens t, int i, String text, LocalDate ref, int[] match) {
        int bits = lx.bits(t, i);
        if ((bits & Lexicon.TIMEWORD) == 0) {
            return null;
        }
        if (t.is(i, "the")) {
            // the commonest word of all takes part in one pattern only
            return t.is(i + 1, "year") && t.is(i + 2, "before") && ref != null
                    ? new Found(t.start[i], t.end[i + 2], text.substring(t.start[i], t.end[i + 2]), Integer.toString(ref.getYear() - 1))
                    : null;
        }
        // "in the year to March", "the six months to September": the months that end with the latest such month
        Integer closing = (bits & Lexicon.MONTH) != 0 && t.capitalized(i) && t.is(i - 1, "to") && !t.isNum(i + 1) ? lx.months.get(t, i) : null;
        int[] period = closing == null ? null : periodTo(t, i);
        if (period != null) {
            int s = t.start[period[1]];
            String v = null;
            if (ref != null) {
                // a period reported once it has closed: the latest such month before the reference month
                YearMonth end = YearMonth.of(ref.getYear(), closing);
                if (!end.isBefore(YearMonth.from(ref))) {
                    end = end.minusYears(1);
                }
                v = end.minusMonths(period[0] - 1) + "/" + end;
            }
            return new Found(s, t.end[i], text.substring(s, t.end[i]), v);
        }
        // "between January and March": the months from the one to the other, the latest such span up to the reference date
        if ((bits & Lexicon.MONTH) != 0 && t.capitalized(i) && t.is(i - 1, "between") && t.is(i + 1, "and") && t.capitalized(i + 2)
                && lx.months.get(t, i) != null && lx.months.get(t, i + 2) != null && !t.isNum(i + 3)) {
            String v = null;
            if (ref != null) {
                YearMonth end = YearMonth.parse(monthBefore(ref, lx.months.get(t, i + 2), 0, ahead(t, i)));
                YearMonth start = YearMonth.of(end.getYear(), lx.months.get(t, i));
                if (start.isAfter(end)) {
                    start = start.minusYears(1);
                }
                v = start + "/" + end;
            }
            int s = t.start[i - 1];
            return new Found(s, t.end[i + 2], text.substring(s, t.end[i + 2]), v);
        }
        // "by May", "in July": a month with no year is the latest such month up to the reference date
        if ((bits & Lexicon.MONTH) != 0 && t.capitalized(i) && lx.months.get(t, i) != null && !t.isNum(i + 1)
                && (t.is(i - 1, "in") || t.is(i - 1, "by") || t.is(i - 1, "since") || t.is(i - 1, "until") || t.is(i - 1, "of")
                || t.is(i - 1, "early") || t.is(i - 1, "late") || t.is(i - 1, "mid") || t.is(i - 1, "end"))
                && !t.is(i, "may") || t.is(i, "may") && t.is(i - 1, "by") || t.is(i, "may") && t.is(i - 1, "in")) {
            int month = lx.months.get(t, i);
            int s = t.start[i - 1];
            return new Found(s, t.end[i], text.substring(s, t.end[i]), ref == null ? null : monthBefore(ref, month, 0, ahead(t, i)));
        }
        // "on Friday"
        Integer wd = (bits & Lexicon.WEEKDAY) == 0 ? null : lx.weekdays.get(t, i);
        if (wd != null && t.capitalized(i) && t.end[i] - t.start[i] > 3
                && !(t.is(i + 1, ',') && lx.months.get(t, Math.min(i + 2, t.size - 1)) != null) && !namedDay(t, i - 1)) {
            int s = t.is(i - 1, "on") ? t.start[i - 1] : t.start[i];
            String v = null;
            if (ref != null) {
                // the latest such weekday up to the reference date (the date itself when it is one)
                LocalDate d = ref.minusDays((ref.getDayOfWeek().getValue() - wd + 7) % 7);
                v = d.toString();
            }
            return new Found(s, t.end[i], text.substring(s, t.end[i]), v);
        }
        if (t.is(i, "yesterday") || t.is(i, "today") || t.is(i, "tonight")) {
            String v = ref == null ? null : (t.is(i, "yesterday") ? ref.minusDays(1) : ref).toString();
            return new Found(t.start[i], t.end[i], t.text(i), v);
        }
        // last week, this week, next week: Monday to Sunday
        if ((t.is(i, "last") || t.is(i, "this") || t.is(i, "next")) && t.is(i + 1, "week") && !t.is(i - 1, "the")) {
            String v = null;
            if (ref != null) {
                int delta = t.is(i, "last") ? -1 : t.is(i, "next") ? 1 : 0;
                LocalDate monday = ref.minusDays(ref.getDayOfWeek().getValue() - 1).plusWeeks(delta);
                v = monday + "/" + monday.plusDays(6);
            }
            return new Found(t.start[i], t.end[i + 1], text.substring(t.start[i], t.end[i + 1]), v);
        }
        // last year, this year, last month, next year
        if ((t.is(i, "last") || t.is(i, "this") || t.is(i, "next") || t.is(i, "past")) && (t.is(i + 1, "year") || t.is(i + 1, "month"))
                && !t.is(i - 1, "the")) {
            String v = null;
            if (ref != null) {
                int delta = t.is(i, "last") || t.is(i, "past") ? -1 : t.is(i, "next") ? 1 : 0;
                v = t.is(i + 1, "year") ? Integer.toString(ref.getYear() + delta) : YearMonth.from(ref).plusMonths(delta).toString();
            }
            return new Found(t.start[i], t.end[i + 1], text.substring(t.start[i], t.end[i + 1]), v);
        }
        // in the first quarter (of 2024)
        Integer ord = (bits & Lexicon.ORDINALS) == 0 ? null : lx.ordinals.get(t, i);
        // in the first half (of 2024, of the year, of last year)
        if (ord != null && ord <= 2 && t.is(i + 1, "half") && t.is(i - 1, "the")) {
            int e = i + 2;
            Integer year = ref == null ? null : ord == 1 || ref.getMonthValue() >= 7 ? ref.getYear() : ref.getYear() - 1;
            if (t.is(e, "of") && t.isPlainNum(e + 1) && t.end[e + 1] - t.start[e + 1] == 4) {
                year = (int) t.value[e + 1];
                e += 2;
            } else if (t.is(e, "of") && t.is(e + 1, "the") && t.is(e + 2, "year")) {
                e += 3;
            } else if (t.is(e, "of") && t.is(e + 1, "last") && t.is(e + 2, "year")) {
                year = ref == null ? null : ref.getYear() - 1;
                e += 3;
            } else if (reportsAMatch(t, match)) {
                return null; // "level at 0-0 in the first half": a half of the match
            }
            int s = t.start[i - 1];
            return new Found(s, t.end[e - 1], text.substring(s, t.end[e - 1]), year == null ? null : period(year, 'H', ord));
        }
        // "fourth-quarter revenue": the quarter as an adjective
        boolean hyphened = ord != null && t.isDash(i + 1) && t.adjacent(i + 1) && t.adjacent(i + 2) && t.is(i + 2, "quarter");
        if (ord != null && ord <= 4 && (t.is(i + 1, "quarter") || hyphened)) {
            int e = hyphened ? i + 3 : i + 2;
            Integer year = ref == null ? null : ref.getYear();
            if (t.is(e, "of") && t.isPlainNum(e + 1) && t.end[e + 1] - t.start[e + 1] == 4) {
                year = (int) t.value[e + 1];
                e += 2;
            }
            int s = t.is(i - 1, "the") ? t.start[i - 1] : t.start[i];
            return new Found(s, t.end[e - 1], text.substring(s, t.end[e - 1]), year == null ? null : year + "-Q" + ord);
        }
        // over the past five years, in the last 30 years, in the past decade
        if ((t.is(i, "past") || t.is(i, "last")) && t.is(i - 1, "the")) {
            int k = i + 1;
            double n = 1;
            int unitAt = k;
            if (t.isPlainNum(k)) {
                n = t.value[k];
                unitAt = k + 1;
            } else if (t.isWord(k) && lx.numbers.get(t, k) != null) {
                n = lx.numbers.get(t, k).value();
                unitAt = k + 1;
            }
            int years = 0;
            if (t.is(unitAt, "years") || t.is(unitAt, "year")) {
                years = (int) n;
            } else if (t.is(unitAt, "decade") || t.is(unitAt, "decades")) {
                years = (int) (n * 10);
            }
            if (years > 0 && years < 1000) {
                int s = t.start[i - 1];
                if (t.is(i - 2, "over") || t.is(i - 2, "in") || t.is(i - 2, "during") || t.is(i - 2, "for")) {
                    s = t.start[i - 2];
                }
                String v = ref == null ? null : (ref.getYear() - years) + "/" + ref.getYear();
                return new Found(s, t.end[unitAt], text.substring(s, t.end[unitAt]), v);
            }
        }
        return null;
    }

    /** True when the text reports a match (a match-word cue); {@code match} caches the answer for one text (-1: not yet known). */
    private boolean reportsAMatch(Tokens t, int[] match) {
        if (match[0] < 0) {
            match[0] = lx.reportsAMatch(t) ? 1 : 0;
        }
        return match[0] == 1;
    }

    /** Quarter {@code n} of {@code year} ("2024-Q3"), or half {@code n} as its months ("2024-01/2024-06"). */
    private static String period(int year, char letter, int n) {
        if (letter == 'Q') {
            return year + "-Q" + n;
        }
        YearMonth first = YearMonth.of(year, n == 1 ? 1 : 7);
        return first + "/" + first.plusMonths(5);
    }

    /** How near a month or day without a year must lie ahead of the reference date to be read as the coming one in any clause. */
    private static final int SOON_DAYS = 62;

    /**
     * True when the clause before token {@code i} (up to 12 tokens back) holds a word of time to come (a
     * time-ahead cue: "will", "is expected to", "is to be held", "a chance of", "next"); a month named in a
     * clause that only reports ("pleaded guilty in March") lies in the past.
     */
    private boolean ahead(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(t.lo, i - 12); k--) {
            if (t.kind[k] == Tokens.SYM && (t.is(k, '.') || t.is(k, ';') || t.is(k, '!') || t.is(k, '?')) || t.gap[k + 1] == 2) {
                return false;
            }
            if (t.kind[k] == Tokens.WORD && lx.cue(t, k, Cue.TIME_AHEAD) && !(t.is(k, "may") && t.capitalized(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The occurrence of a month (and day) given without a year: the one nearest to {@code ref} ("by May"
     * in September is this May; "will vote in March" in October is next March; "on May 16" in early May
     * is this May). In a clause with no word of time to come ({@code ahead} false), a coming one only
     * when it begins within {@link #SOON_DAYS} days; else the one before ("pleaded guilty in March" in
     * October is this March). A tie goes to the past.
     */
    static String monthBefore(LocalDate ref, int month, int day, boolean ahead) {
        YearMonth next = YearMonth.of(ref.getYear(), month);
        if (next.isBefore(YearMonth.from(ref))) {
            next = next.plusYears(1);
        }
        LocalDate nextStart = next.atDay(Math.min(Math.max(day, 1), next.lengthOfMonth()));
        if (!ahead && nextStart.isAfter(ref) && nextStart.toEpochDay() - ref.toEpochDay() > SOON_DAYS) {
            // a report of something past, and the next such month is not near: the one before
            YearMonth ym = next.minusYears(1);
            return day > 0 && day <= ym.lengthOfMonth() ? ym.atDay(day).toString() : ym.toString();
        }
        int best = ref.getYear();
        long bestDist = Long.MAX_VALUE;
        for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
            YearMonth ym = YearMonth.of(year, month);
            LocalDate d = ym.atDay(Math.min(Math.max(day, 1), ym.lengthOfMonth()));
            if (day == 0) {
                d = d.isAfter(ref) ? ym.atDay(1) : ym.atEndOfMonth().isBefore(ref) ? ym.atEndOfMonth() : ref;
            }
            long dist = Math.abs(d.toEpochDay() - ref.toEpochDay()) * 2 + (d.isAfter(ref) ? 1 : 0);
            if (dist < bestDist) {
                bestDist = dist;
                best = year;
            }
        }
        YearMonth ym = YearMonth.of(best, month);
        if (day > 0 && day <= ym.lengthOfMonth()) {
            return ym.atDay(day).toString();
        }
        return ym.toString();
    }

    /** Words that make a weekday a day of the year's calendar ("Black Friday", "Good Friday", "Super Tuesday"), not last week's. */
    private static final Set<String> NAMED_DAYS = Set.of("black", "good", "cyber", "super", "ash", "easter", "palm", "holy", "maundy",
            "giving", "shrove", "whit", "bloody");

    private static boolean namedDay(Tokens t, int k) {
        return t.capitalized(k) && t.isWord(k) && NAMED_DAYS.contains(t.text(k).toLowerCase(java.util.Locale.ROOT));
    }
}
