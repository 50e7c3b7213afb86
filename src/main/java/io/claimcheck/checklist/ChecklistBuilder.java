package io.claimcheck.checklist;

import io.claimcheck.extract.Attribution;
import io.claimcheck.extract.Claim;
import io.claimcheck.extract.Quantity;
import io.claimcheck.extract.TimeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns claims into checklist items: decides check-worthiness and priority with plain-word
 * reasons, writes the checks a fact-checker should make (each naming the claim's own figure
 * or words), gives stable ids and groups repeats of the same figure. Stateless and thread-safe.
 */
public final class ChecklistBuilder {

    public List<ChecklistItem> build(List<Claim> claims) {
        List<ChecklistItem> items = new ArrayList<>(claims.size());
        // the body's sentences lead each group: they hold the sentence, the source and the time; a heading
        // line in the body, then the headline, repeat it
        Map<GroupKey, String> firstMention = new HashMap<>();
        String[] ids = new String[claims.size()];
        String[] groups = new String[claims.size()];
        boolean[] headingLine = new boolean[claims.size()];
        for (int k = 0; k < claims.size(); k++) {
            headingLine[k] = claims.get(k).field().equals("body") && heading(claims.get(k).sentence());
        }
        for (int pass = 0; pass < 3; pass++) {
            for (int k = 0; k < claims.size(); k++) {
                Claim c = claims.get(k);
                int order = !c.field().equals("body") ? 2 : headingLine[k] ? 1 : 0;
                if (order != pass) {
                    continue;
                }
                Quantity q = c.quantity();
                ids[k] = id(c.field(), q.start(), q.end(), c.text());
                // a small count repeats another only when it counts the same thing ("scored twice" and "two points" do not)
                String what = q.kind().equals("count") && Math.abs(q.value()) < 100 ? String.valueOf(c.about()) : null;
                GroupKey key = new GroupKey(q.kind(), q.value(), q.unit(), q.bound(), what);
                String first = firstMention.putIfAbsent(key, ids[k]);
                groups[k] = first == null ? ids[k] : first;
            }
        }
        String lastSentence = null;
        String sentence = null;
        for (int k = 0; k < claims.size(); k++) {
            Claim c = claims.get(k);
            Quantity q = c.quantity();
            String id = ids[k];
            String group = groups[k];
            boolean repeat = !group.equals(id);
            List<String> reasons = new ArrayList<>();
            if (!c.sentence().equals(lastSentence)) {
                // claims of one sentence come together: lower-case it once for all of them
                lastSentence = c.sentence();
                sentence = lastSentence.toLowerCase(Locale.ROOT);
            }
            // a heading or list line is checked where the story states its figure; a figure only it states is checked there
            boolean worthy = checkworthy(c, sentence, headingLine[k] && repeat, reasons);
            String priority = priority(c, sentence, worthy, repeat, reasons);
            List<String> checks = worthy ? checks(c) : List.of();
            items.add(new ChecklistItem(id, c.field(), q.start(), q.end(), c.text(), c.sentence(), q.kind(),
                    number(q.value()), number(q.min()), number(q.max()), q.unit(), q.bound(), q.change(),
                    c.about(), c.subject(), c.time(), c.attribution(), worthy, priority, List.copyOf(reasons),
                    checks, "unverified", group));
        }
        return items;
    }

    /** Claims that state the same figure: same kind, value, unit and bound (and, for a small count, the same thing counted). */
    private record GroupKey(String kind, double value, String unit, String bound, String what) {
    }

    /**
     * Stable: the same field, span and text always give the same id. It is the 64-bit FNV-1a hash
     * of the UTF-8 bytes of "field:start:end:text", folded to 32 bits, fed without building that string.
     */
    static String id(String field, int start, int end, String text) {
        long h = 0xcbf29ce484222325L;
        h = fnv(h, field);
        h = fnv(fnvDigits(fnv(h, ':'), start), ':');
        h = fnv(fnvDigits(h, end), ':');
        h = fnv(h, text);
        String hex = Integer.toHexString((int) (h ^ (h >>> 32)));
        return "c-" + "00000000".substring(hex.length()) + hex;
    }

    private static long fnv(long h, int b) {
        return (h ^ (b & 0xff)) * 0x100000001b3L;
    }

    private static long fnv(long h, String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                h = fnv(h, c);
            } else if (c < 0x800) {
                h = fnv(fnv(h, 0xc0 | c >> 6), 0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++k));
                h = fnv(fnv(fnv(fnv(h, 0xf0 | cp >> 18), 0x80 | cp >> 12 & 0x3f), 0x80 | cp >> 6 & 0x3f), 0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                h = fnv(h, '?'); // what String.getBytes writes for a lone surrogate
            } else {
                h = fnv(fnv(fnv(h, 0xe0 | c >> 12), 0x80 | c >> 6 & 0x3f), 0x80 | c & 0x3f);
            }
        }
        return h;
    }

    /** The decimal digits of {@code n}, as Integer.toString writes them. */
    private static long fnvDigits(long h, int n) {
        if (n < 0) {
            return fnv(h, Integer.toString(n));
        }
        int div = 1;
        while (div <= n / 10) {
            div *= 10;
        }
        for (; div > 0; div /= 10) {
            h = fnv(h, '0' + n / div % 10);
        }
        return h;
    }

    /** Integral values print as integers (4500, not 4500.0). */
    static Number number(Double v) {
        if (v == null) {
            return null;
        }
        double d = v;
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return (long) d;
        }
        return d;
    }

    static Number number(double v) {
        return number(Double.valueOf(v));
    }

    // ------------------------------------------------------------------ check-worthiness

    private static boolean checkworthy(Claim c, String sentence, boolean headingLine, List<String> reasons) {
        Quantity q = c.quantity();
        String rule = q.rule();
        if (rule.contains("<vague magnitude>")) {
            reasons.add("vague magnitude (\"" + c.text() + "\") rather than a figure");
            return false;
        }
        if (rule.equals("<age>")) {
            reasons.add("a person's age, incidental to the story");
            return false;
        }
        if (q.kind().equals("duration") && "upper".equals(q.bound()) && c.text().toLowerCase(Locale.ROOT).startsWith("within")) {
            reasons.add("a forecast horizon, not a checkable fact");
            return false;
        }
        if (q.kind().equals("duration") && rule.equals("<number>-<unit>")) {
            reasons.add("describes the length of an event in passing");
            return false;
        }
        if (q.kind().equals("duration") && timeFrame(sentence, c.text().toLowerCase(Locale.ROOT))) {
            reasons.add("sets the time frame of another figure");
            return false;
        }
        String after = after(c);
        if (targetAfter(after)) {
            reasons.add("a stated goal or target, not a measured fact");
            return false;
        }
        if (q.kind().equals("count") && before(c).endsWith("the other ")) {
            reasons.add("refers back to people or things the story names");
            return false;
        }
        if (rule.equals("<score>") && (sentence.contains(" half") || after.startsWith(" up") || after.startsWith(" down"))) {
            reasons.add("an interim score; the final score is the one to check");
            return false;
        }
        if (headingLine) {
            reasons.add("in a heading that repeats the story's figures");
            return false;
        }
        return true;
    }

    /** Words that, within the two words after a figure, make it a stated goal ("2 percent objective"). */
    private static final java.util.Set<String> TARGET_WORDS = java.util.Set.of("objective", "objectives", "goal",
            "target", "targets", "aim", "aims"); // not "goals": "14 goals" are scored

    /** "2 percent objective", "2 percent inflation target", "2 percent over the longer run": a policy target. */
    static boolean targetAfter(String after) {
        if (after.startsWith(" over the longer run") || after.startsWith(" over the long run")
                || after.startsWith(" in the long run") || after.startsWith(" in the longer run")) {
            return true;
        }
        int pos = 0;
        for (int w = 0; w < 3; w++) {
            while (pos < after.length() && after.charAt(pos) == ' ') {
                pos++;
            }
            int e = pos;
            while (e < after.length() && (Character.isLetter(after.charAt(e)) || after.charAt(e) == '-')) {
                e++;
            }
            if (e == pos) {
                return false;
            }
            if (TARGET_WORDS.contains(after.substring(pos, e))) {
                return true;
            }
            pos = e;
        }
        return false;
    }

    /** The sentence text right after the claim, lower-cased and cut short (bounded work for the pattern). */
    /** Up to 20 characters of the sentence before the figure, in lower case. */
    private static String before(Claim c) {
        int i = c.sentence().indexOf(c.text());
        return i < 0 ? "" : window(c.sentence(), i - 20, i);
    }

    /** Up to 60 characters of the sentence after the figure, in lower case. */
    private static String after(Claim c) {
        int i = c.sentence().indexOf(c.text());
        return i < 0 ? "" : window(c.sentence(), i + c.text().length(), i + c.text().length() + 60);
    }

    private static String window(String s, int from, int to) {
        return s.substring(Math.max(0, from), Math.min(s.length(), to)).toLowerCase(Locale.ROOT);
    }

    /** A line without closing punctuation and of few words: a heading or a caption label. */
    private static boolean heading(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (".!?\"\u201d'\u2019:;)".indexOf(last) >= 0) {
            return false;
        }
        int words = 1;
        for (int k = 1; k < s.length() && words <= 12; k++) {
            if (Character.isWhitespace(s.charAt(k)) && !Character.isWhitespace(s.charAt(k - 1))) {
                words++;
            }
        }
        return words <= 12;
    }

    /**
     * "over the past five years", "in the last 12 months": the figure is written after past, last or
     * previous; "in the 12 months to October", "the three months ending in June": a period that ends.
     */
    private static boolean timeFrame(String sentence, String text) {
        for (int i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) {
            if (endsAt(sentence, i, "past ") || endsAt(sentence, i, "last ") || endsAt(sentence, i, "previous ")) {
                return true;
            }
            int after = i + text.length();
            if (endsAt(sentence, i, "the ") && (sentence.startsWith(" to ", after) || sentence.startsWith(" ending ", after)
                    || sentence.startsWith(" through ", after))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsAt(String s, int i, String word) {
        return i >= word.length() && s.startsWith(word, i - word.length());
    }

    private static String priority(Claim c, String s, boolean worthy, boolean repeat, List<String> reasons) {
        Quantity q = c.quantity();
        if (!worthy) {
            return "low";
        }
        if (repeat) {
            reasons.add("repeats a figure stated earlier; check it once");
            return "low";
        }
        boolean high = false;
        if (c.attribution() != null) {
            reasons.add("attributed to " + c.attribution().source());
            high = true;
        }
        switch (q.kind()) {
            case "money" -> {
                reasons.add("a sum of money");
                high = true;
            }
            case "percent", "percentage_points", "ratio" -> {
                reasons.add("a share or rate");
                high = true;
            }
            case "rank" -> {
                reasons.add("a ranking");
                high = true;
            }
            case "multiplier" -> {
                reasons.add("a comparison by multiple");
                high = true;
            }
            default -> {
            }
        }
        if (q.change() != null) {
            reasons.add("states a change (" + q.change() + ")");
            high = true;
        }
        if (s.contains("record") || s.contains("largest") || s.contains("highest") || s.contains("lowest") || s.contains("most ")) {
            reasons.add("a superlative or record");
            high = true;
        }
        if (!high) {
            reasons.add("a specific figure stated as fact");
        }
        return high ? "high" : "medium";
    }

    // ------------------------------------------------------------------ checks

    private static List<String> checks(Claim c) {
        Quantity q = c.quantity();
        List<String> out = new ArrayList<>();
        String fig = "\"" + c.text() + "\"";
        String about = c.about() == null ? "" : " (" + c.about() + ")";
        Attribution a = c.attribution();
        if (a != null) {
            out.add("Find the primary source for " + fig + about + " and confirm that " + a.source() + " published it.");
        } else {
            out.add("Find the primary source for " + fig + about + "; the article names none.");
        }
        TimeRef time = c.time();
        if (time != null && time.text() != null) {
            out.add("Confirm that " + fig + " holds for the period the article gives: \"" + time.text() + "\""
                    + (time.value() == null ? "." : " (" + time.value() + ")."));
        } else {
            out.add("Confirm the date or period " + fig + " refers to; the sentence does not state one.");
        }
        switch (q.kind()) {
            case "count" -> {
                if (c.about() != null) {
                    out.add("Confirm how the source defines what is counted as \"" + c.about() + "\".");
                }
            }
            case "percent" -> {
                out.add("Check that " + fig + " is " + (q.change() == null ? "a share" : "a relative change") + " in percent, not percentage points.");
                if (q.change() == null) {
                    out.add("Identify the denominator of " + fig + ": a share of what total?");
                }
            }
            case "percentage_points" -> out.add("Check that " + fig + " is a difference in percentage points, not a percent change.");
            case "money" -> out.add("Check the currency (" + q.unit() + ") of " + fig
                    + ", whether it is nominal or inflation-adjusted, and the exchange date if it was converted.");
            case "ratio" -> out.add("Identify the denominator of " + fig + ": a share of what total?");
            case "rank" -> out.add("Check who is compared for " + fig + " and by what measure.");
            case "multiplier" -> out.add("Check the base that the multiple " + fig + " applies to, and both values.");
            case "measure" -> out.add("Check the unit (" + q.unit() + ") and how " + fig + " was measured.");
            case "duration" -> out.add("Check the start and end dates behind " + fig + ".");
            default -> {
            }
        }
        if (q.change() != null) {
            out.add("Check the base and end points of the " + q.change() + " " + fig + ".");
        }
        switch (q.bound()) {
            case "lower" -> out.add("Check that the source supports the lower bound: the figure is above " + plain(q.value()) + ".");
            case "upper" -> out.add("Check that the source supports the upper bound: the figure is below " + plain(q.value()) + ".");
            case "approximate" -> out.add("Check how close the exact figure is to " + plain(q.value()) + ".");
            case "range" -> out.add("Check both ends of the range " + fig + ".");
            default -> {
            }
        }
        return List.copyOf(out);
    }

    /** 2,300,000,000 or 0.25: the figure as a reader writes it. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            String digits = Long.toString(Math.abs((long) v));
            StringBuilder sb = new StringBuilder(digits.length() + 6);
            if (v < 0) {
                sb.append('-');
            }
            int lead = digits.length() % 3;
            for (int k = 0; k < digits.length(); k++) {
                if (k > 0 && (k - lead) % 3 == 0) {
                    sb.append(',');
                }
                sb.append(digits.charAt(k));
            }
            return sb.toString();
        }
        return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
