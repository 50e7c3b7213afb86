package io.claimcheck.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills what a quantity is about, its subject, time and attribution from its sentence, with
 * light noun-phrase chunking over the lexicon's word classes (no statistical parser). Time and
 * attribution carry over to later sentences of the same paragraph.
 */
final class Context {

    /** What carries from one claim to the next within a paragraph. */
    static final class State {
        int paragraphStart = -1;
        int sentenceStart = -1;
        TimeRef time;
        Attribution attribution;
    }

    private static final int MAX_NP_WORDS = 6;

    private static final Set<String> NP_BREAKERS = Set.of("said", "says", "say", "told", "according", "including",
            "while", "whereas", "although", "though", "however", "also", "than", "like", "such", "about", "over",
            "under", "more", "less", "most", "many", "much", "very", "there", "here", "it", "they", "he", "she",
            "we", "i", "you", "them", "him", "us", "who", "which", "that", "what", "now", "then", "today", "yesterday",
            "nearly", "almost", "around", "some", "up", "out", "down", "off", "not", "no", "only", "just", "even",
            "after", "before", "since", "ago", "each", "per", "other", "another");

    private static final Set<String> MEDIA = Set.of("times", "news", "herald", "post", "journal", "reuters", "xinhua",
            "bbc", "cnn", "guardian", "telegraph", "press", "tribune", "gazette", "daily", "media", "wikinews", "outlet",
            "newspaper", "magazine", "television", "radio", "agency", "bloomberg", "ap", "afp");
    private static final Set<String> OFFICIAL = Set.of("data", "statistics", "bureau", "census", "ministry", "official",
            "officials", "office", "department", "government", "figures", "agency", "administration", "commission",
            "committee", "reserve", "authority", "council", "statistical");
    private static final Set<String> STUDY = Set.of("report", "study", "survey", "poll", "research", "researchers",
            "estimates", "analysis", "analysts", "paper", "experts", "scientists", "findings", "review", "index");
    private static final Set<String> ORG = Set.of("inc", "corp", "company", "institute", "university", "association",
            "group", "bank", "fund", "foundation", "organization", "organisation", "party", "union", "society",
            "center", "centre", "firm", "council", "board", "nasa", "microsoft", "apple", "google", "un", "who", "imf");

    private final Lexicon lx;

    Context(Lexicon lx) {
        this.lx = lx;
    }

    Claim annotate(String text, Quantity q, int ss, int se, String sentence, String field,
                   List<TimeResolver.Found> timeExprs, LocalDate ref, State state) {
        int para = paragraphStart(text, ss);
        if (para != state.paragraphStart) {
            state.paragraphStart = para;
            state.time = null;
            state.attribution = null;
        }
        Tokens t = Tokens.of(sentence);
        int qs = q.start() - ss;
        int qe = q.end() - ss;
        int first = -1;
        int last = -1;
        for (int i = 0; i < t.size; i++) {
            if (t.start[i] >= qs && first < 0) {
                first = i;
            }
            if (t.end[i] <= qe) {
                last = i;
            }
        }
        if (first < 0) {
            first = t.size;
        }
        String about = about(t, q, first, last);
        String subject = subject(t, first);
        Attribution attribution = attribution(t);
        if (attribution == null && state.attribution != null) {
            attribution = state.attribution;
        } else if (attribution != null) {
            state.attribution = attribution;
        }
        TimeRef time = time(q, ss, se, timeExprs);
        if (time == null && state.time != null) {
            time = state.time;
        } else if (time != null && ss != state.sentenceStart) {
            state.time = time;
        }
        if (time == null && ref != null) {
            time = new TimeRef(null, ref.toString());
        }
        state.sentenceStart = ss;
        return new Claim(field, q, text.substring(q.start(), q.end()), sentence, about, subject, time, attribution);
    }

    private static int paragraphStart(String text, int ss) {
        int p = text.lastIndexOf("\n\n", ss);
        return p < 0 ? 0 : p + 2;
    }

    // ------------------------------------------------------------------ about

    private String about(Tokens t, Quantity q, int first, int last) {
        int after = last + 1;
        String kind = q.kind();
        boolean share = kind.equals("percent") || kind.equals("ratio") || kind.equals("percentage_points");
        if (share && t.is(after, "of")) {
            String np = npForward(t, after + 1);
            if (np != null) {
                return np;
            }
        }
        if (kind.equals("count") || kind.equals("rank") || kind.equals("other")) {
            int k = after;
            if (t.is(k, "of") && (kind.equals("count"))) {
                k++;
                if (lx.hasClass(t, k, Lexicon.DET)) {
                    k++;
                }
            }
            String np = npForward(t, k);
            if (np != null) {
                return np;
            }
        }
        String back = npBackward(t, first - 1);
        if (back != null) {
            return back;
        }
        return npForward(t, after);
    }

    private boolean npWord(Tokens t, int i) {
        if (i < 0 || i >= t.size) {
            return false;
        }
        if (t.kind[i] == Tokens.ALNUM) {
            return true;
        }
        if (t.kind[i] != Tokens.WORD) {
            return false;
        }
        int cls = lx.classes(t, i);
        if ((cls & (Lexicon.FUNC | Lexicon.AUX | Lexicon.DET | Lexicon.TIMEPREP | Lexicon.PRON)) != 0) {
            return false;
        }
        String w = t.text(i).toLowerCase(Locale.ROOT);
        if (NP_BREAKERS.contains(w) || w.endsWith("ly") && w.length() > 4) {
            return false;
        }
        if (lx.qualifiers.at(t, i) != null || lx.changes.get(w) != null && !t.capitalized(i)) {
            return false;
        }
        return lx.numbers.get(w) == null;
    }

    private boolean verbLike(Tokens t, int i) {
        String w = t.text(i).toLowerCase(Locale.ROOT);
        boolean compound = t.isDash(i - 1) && t.adjacent(i);
        return !compound && !t.capitalized(i) && (w.endsWith("ed") || w.endsWith("ing")) && w.length() > 4;
    }

    private String npForward(Tokens t, int k) {
        int s = -1;
        int e = -1;
        int words = 0;
        for (int i = k; i < t.size && words < MAX_NP_WORDS; i++) {
            if (npWord(t, i) && !(words > 0 && verbLike(t, i)) && !(words == 0 && verbLike(t, i))) {
                if (s < 0) {
                    s = i;
                }
                e = i;
                words++;
            } else if (s >= 0 && t.isDash(i) && t.adjacent(i) && t.adjacent(i + 1) && npWord(t, i + 1)) {
                continue;
            } else if (s >= 0 && (t.is(i, '\'') || t.is(i, '\u2019')) && t.adjacent(i)) {
                e = i;
            } else {
                break;
            }
        }
        if (s < 0) {
            return null;
        }
        return t.text.subSequence(t.start[s], t.end[e]).toString();
    }

    private String npBackward(Tokens t, int k) {
        // skip the verb and preposition between the noun phrase and the number: "valued at", "accounted for"
        int i = k;
        int skipped = 0;
        while (i >= 0 && skipped < 4 && !npWordNoVerb(t, i)) {
            if (t.kind[i] == Tokens.SYM && !t.isDash(i)) {
                return null;
            }
            i--;
            skipped++;
        }
        int e = i;
        int s = -1;
        int words = 0;
        while (i >= 0 && words < MAX_NP_WORDS) {
            if (npWordNoVerb(t, i)) {
                s = i;
                words++;
                i--;
            } else if (s >= 0 && t.isDash(i) && t.adjacent(i + 1) && t.adjacent(i) && npWord(t, i - 1)) {
                i--;
            } else if (s >= 0 && (t.is(i, '\'') || t.is(i, '\u2019'))) {
                i--;
            } else {
                break;
            }
        }
        if (s < 0 || e < s) {
            return null;
        }
        if (lx.hasClass(t, s - 1, Lexicon.DET) && t.is(s - 1, "the")) {
            s--;
        }
        return t.text.subSequence(t.start[s], t.end[e]).toString();
    }

    private boolean npWordNoVerb(Tokens t, int i) {
        return npWord(t, i) && !verbLike(t, i);
    }

    // ------------------------------------------------------------------ subject

    private String subject(Tokens t, int first) {
        for (int i = first - 1; i >= 0; i--) {
            if (properNoun(t, i)) {
                int e = i;
                int s = i;
                while (s - 1 >= 0 && properNoun(t, s - 1)) {
                    s--;
                }
                return t.text.subSequence(t.start[s], t.end[e]).toString();
            }
        }
        for (int i = first; i < t.size; i++) {
            if (properNoun(t, i) && !t.sentenceInitial(i)) {
                int s = i;
                int e = i;
                while (e + 1 < t.size && properNoun(t, e + 1)) {
                    e++;
                }
                return t.text.subSequence(t.start[s], t.end[e]).toString();
            }
        }
        return null;
    }

    private boolean properNoun(Tokens t, int i) {
        if (i < 0 || i >= t.size || t.kind[i] != Tokens.WORD || !t.capitalized(i)) {
            return false;
        }
        if (lx.months.get(t.text, t.start[i], t.end[i]) != null || lx.weekdays.get(t.text, t.start[i], t.end[i]) != null) {
            return false;
        }
        if (t.sentenceInitial(i) && lx.known(t, i)) {
            return false;
        }
        return lx.classes(t, i) == 0 && !t.is(i, "i");
    }

    // ------------------------------------------------------------------ attribution

    private Attribution attribution(Tokens t) {
        for (int i = 0; i < t.size; i++) {
            PhraseTable.Match<String> cue = lx.attributionCues.at(t, i);
            if (cue == null) {
                continue;
            }
            int e = i + cue.length();
            if (cue.value().equals("before")) {
                int k = e;
                if (lx.hasClass(t, k, Lexicon.DET)) {
                    k++;
                }
                String src = sourceForward(t, e);
                if (src != null) {
                    int endTok = lastTokenOf(t, e, src);
                    String words = t.text.subSequence(t.start[i], t.end[endTok]).toString();
                    String fullCue = t.text.subSequence(t.start[i], t.end[e - 1]).toString().toLowerCase(Locale.ROOT);
                    if (!fullCue.equals("according to")) {
                        // "data from Eurostat": the cue names the kind of source too
                        src = t.text.subSequence(t.start[i], t.end[endTok]).toString();
                    }
                    return new Attribution(words, src, kind(src));
                }
                continue;
            }
            // "Zhang said", "the bureau reported", "Estimates suggest"
            String before = sourceBackward(t, i - 1);
            if (before != null) {
                int s = firstTokenOf(t, i - 1, before);
                return new Attribution(t.text.subSequence(t.start[s], t.end[e - 1]).toString(), before, kind(before));
            }
            // "..., said Zhang Xiaorong"
            if (t.is(i - 1, ',') || t.is(i - 1, '"') || t.is(i - 1, '\u201d')) {
                String after = properRun(t, e);
                if (after != null) {
                    int endTok = lastTokenOf(t, e, after);
                    return new Attribution(t.text.subSequence(t.start[i], t.end[endTok]).toString(), after, kind(after));
                }
            }
        }
        return null;
    }

    private String sourceForward(Tokens t, int k) {
        int s = k;
        int e = -1;
        for (int i = k; i < t.size && i - k < 8; i++) {
            if (t.kind[i] == Tokens.WORD || t.kind[i] == Tokens.ALNUM || t.isDash(i) && t.adjacent(i)
                    || (t.is(i, '\'') || t.is(i, '\u2019')) && t.adjacent(i)) {
                if (t.kind[i] == Tokens.WORD && i > k && (lx.hasClass(t, i, Lexicon.AUX) || lx.attributionCues.at(t, i) != null
                        || t.is(i, "that") || t.is(i, "in") || t.is(i, "on") || t.is(i, "at") || t.is(i, "for"))) {
                    break;
                }
                e = i;
            } else {
                break;
            }
        }
        if (e < s) {
            return null;
        }
        return t.text.subSequence(t.start[s], t.end[e]).toString();
    }

    private String sourceBackward(Tokens t, int k) {
        int e = k;
        int s = -1;
        for (int i = k; i >= 0 && k - i < 6; i--) {
            if (t.kind[i] == Tokens.WORD && (t.capitalized(i) || i < k && lx.hasClass(t, i, Lexicon.DET) || isSourceNoun(t, i)
                    || s >= 0 && !lx.hasClass(t, i, Lexicon.FUNC | Lexicon.AUX | Lexicon.TIMEPREP))) {
                if (lx.hasClass(t, i, Lexicon.PRON) && s < 0) {
                    return null;
                }
                s = i;
                if (lx.hasClass(t, i, Lexicon.DET)) {
                    break;
                }
            } else if ((t.isDash(i) || t.is(i, '.') || t.is(i, '\'') || t.is(i, '\u2019')) && t.adjacent(i + 1) && s >= 0) {
                continue;
            } else {
                break;
            }
        }
        if (s < 0) {
            return null;
        }
        String src = t.text.subSequence(t.start[s], t.end[e]).toString();
        // a lone common noun that is not a source ("the gap said") is not an attribution
        boolean hasSourceWord = false;
        for (int i = s; i <= e; i++) {
            if (t.capitalized(i) && !lx.hasClass(t, i, Lexicon.DET) || isSourceNoun(t, i)) {
                hasSourceWord = true;
            }
        }
        return hasSourceWord ? src : null;
    }

    private boolean isSourceNoun(Tokens t, int i) {
        if (!t.isWord(i)) {
            return false;
        }
        String w = t.text(i).toLowerCase(Locale.ROOT);
        return STUDY.contains(w) || OFFICIAL.contains(w) || MEDIA.contains(w) || w.equals("spokesperson")
                || w.equals("spokesman") || w.equals("spokeswoman") || w.equals("officials") || w.equals("police");
    }

    private String properRun(Tokens t, int k) {
        int e = -1;
        for (int i = k; i < t.size && i - k < 5 && t.capitalized(i) && t.kind[i] == Tokens.WORD; i++) {
            e = i;
        }
        return e < 0 ? null : t.text.subSequence(t.start[k], t.end[e]).toString();
    }

    private static int lastTokenOf(Tokens t, int from, String src) {
        int end = t.start[from] + src.length();
        int k = from;
        while (k + 1 < t.size && t.end[k] < end) {
            k++;
        }
        return k;
    }

    private static int firstTokenOf(Tokens t, int to, String src) {
        int start = t.end[to] - src.length();
        int k = to;
        while (k - 1 >= 0 && t.start[k] > start) {
            k--;
        }
        return k;
    }

    static String kind(String source) {
        String[] words = source.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        boolean capitalized = !source.isEmpty() && Character.isUpperCase(source.charAt(0));
        for (String w : words) {
            if (MEDIA.contains(w)) {
                return "media";
            }
        }
        for (String w : words) {
            if (STUDY.contains(w)) {
                return "study";
            }
        }
        for (String w : words) {
            if (OFFICIAL.contains(w)) {
                return "official_statistics";
            }
        }
        for (String w : words) {
            if (ORG.contains(w)) {
                return "organisation";
            }
        }
        if (capitalized && words.length <= 4) {
            return "person";
        }
        return "organisation";
    }

    // ------------------------------------------------------------------ time

    private TimeRef time(Quantity q, int ss, int se, List<TimeResolver.Found> exprs) {
        TimeResolver.Found best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TimeResolver.Found f : exprs) {
            if (f.end() <= ss || f.start() >= se || f.value() == null && f.text() == null) {
                continue;
            }
            if (f.start() < q.end() && f.end() > q.start()) {
                continue;
            }
            int dist = f.end() <= q.start() ? q.start() - f.end() : f.start() - q.end();
            if (dist < bestDist) {
                bestDist = dist;
                best = f;
            }
        }
        return best == null ? null : new TimeRef(best.text(), best.value());
    }
}
