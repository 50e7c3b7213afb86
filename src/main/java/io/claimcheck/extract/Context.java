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

    private static final int MAX_NP_WORDS = 6;

    private static final Set<String> NP_BREAKERS = Set.of("said", "says", "say", "told", "according", "including",
            "while", "whereas", "although", "though", "however", "also", "than", "like", "such", "about", "over",
            "under", "more", "less", "most", "many", "much", "very", "there", "here", "it", "they", "he", "she",
            "we", "i", "you", "them", "him", "us", "who", "which", "that", "what", "now", "then", "today", "yesterday",
            "overnight", "tonight",
            "nearly", "almost", "around", "some", "up", "out", "down", "off", "not", "no", "only", "just", "even",
            "after", "before", "since", "ago", "each", "per", "other", "another", "past", "last", "next", "year",
            "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "time", "times",
            "once", "twice", "again", "still", "already", "both", "either", "it's", "that's", "there's", "he's",
            "she's", "we're", "they're", "these", "those", "all", "thing", "things", "earlier", "later", "previously");

    private static final Set<String> MEDIA = Set.of("times", "news", "herald", "post", "journal", "reuters", "xinhua",
            "bbc", "cnn", "guardian", "telegraph", "press", "tribune", "gazette", "daily", "media", "wikinews", "outlet",
            "newspaper", "magazine", "television", "radio", "agency", "bloomberg", "ap", "afp");
    private static final Set<String> OFFICIAL = Set.of("data", "statistics", "bureau", "census", "ministry", "official",
            "officials", "office", "department", "government", "figures", "agency", "administration", "commission",
            "committee", "reserve", "authority", "council", "statistical");
    private static final Set<String> STUDY = Set.of("report", "study", "survey", "poll", "research", "researchers",
            "estimates", "analysis", "analysts", "paper", "experts", "scientists", "findings", "review", "index");
    /** People named by their role, who can be a source: "the mayor added", "an economist said". */
    private static final Set<String> ROLES = Set.of("spokesperson", "spokesman", "spokeswoman", "official", "officials",
            "police", "mayor", "minister", "president", "governor", "chairman", "chairwoman", "chair", "director",
            "chief", "ceo", "executive", "secretary", "senator", "lawmaker", "economist", "economists", "analyst",
            "professor", "researcher", "expert", "authorities", "prosecutor", "prosecutors", "doctor", "doctors",
            "scientist", "manager", "founder", "owner", "coach", "judge", "witness", "witnesses", "residents",
            "resident", "spokeswomen", "spokesmen", "commissioner", "inspector", "auditor", "regulator", "regulators",
            "analysts", "experts", "researchers", "scientists", "organisers", "organizers", "campaigners", "activists",
            "critics", "opponents", "supporters", "unions", "leaders", "lawyers", "investigators", "medics", "rescuers",
            "councillors", "councilors", "lawmakers", "senators", "ministers", "officers", "diplomats", "engineers",
            "chancellor", "premier", "ambassador", "envoy", "councillor", "councilor", "mp", "mps", "coroner", "sheriff",
            "treasurer", "deputy", "headteacher", "principal", "surgeon", "nurse", "nurses", "pilot");

    /** What a source speaks through: "Cornyn's statement added", "the company's filing showed". */
    private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "filing", "letter", "release",
            "memo", "post", "website", "spokesperson");

    private static final Set<String> ORG = Set.of("inc", "corp", "company", "institute", "university", "association",
            "group", "bank", "fund", "foundation", "organization", "organisation", "party", "union", "society",
            "center", "centre", "firm", "council", "board", "nasa", "microsoft", "apple", "google", "un", "who", "imf",
            "airline", "retailer", "carmaker", "lender", "insurer", "club", "charity", "hospital", "operator", "manufacturer",
            "chain", "utility", "watchdog", "startup", "supplier", "broadcaster", "publisher", "developer", "chipmaker",
            "drugmaker", "automaker", "planemaker", "steelmaker", "miner", "producer", "exporter", "importer");

    private final Lexicon lx;
    private final WordTable<Boolean> npBreakers;
    private final WordTable<Boolean> sourceNouns;
    /** Nouns of a period of time, which a noun phrase before a figure may end with ("in the third quarter"). */
    private final WordTable<Boolean> timeNouns = table(Set.of("quarter", "half", "year", "month", "week", "day", "decade",
            "period", "season", "term", "months", "years", "weeks", "days"));
    /** Nouns in -ing that news uses as subjects ("household spending rose"): never verb forms to the noun phrases. */
    private final WordTable<Boolean> ingNouns = table(Set.of("spending", "funding", "housing", "lending", "borrowing",
            "manufacturing", "building", "training", "shipping", "trading", "banking", "pricing", "clothing", "heating",
            "financing", "marketing", "advertising", "farming", "mining", "fishing", "nursing", "schooling", "screening",
            "gaming", "polling", "policing", "staffing", "catering", "ticketing", "streaming", "computing", "engineering",
            "accounting", "bargaining", "sentencing", "offending", "reoffending", "wellbeing"));

    Context(Lexicon lx) {
        this.lx = lx;
        this.npBreakers = table(NP_BREAKERS);
        java.util.Set<String> sources = new java.util.HashSet<>();
        sources.addAll(STUDY);
        sources.addAll(OFFICIAL);
        sources.addAll(MEDIA);
        sources.addAll(ROLES);
        sources.addAll(DOCUMENTS);
        sources.addAll(ORG); // "the firm said", "the airline reported"
        this.sourceNouns = table(sources);
    }

    private static WordTable<Boolean> table(Set<String> words) {
        java.util.Map<String, Boolean> m = new java.util.HashMap<>();
        for (String w : words) {
            m.put(w, Boolean.TRUE);
        }
        return new WordTable<>(m);
    }

    /** True when the word of token {@code i} ends with {@code suffix} (lower case). */
    private static boolean endsWith(Tokens t, int i, String suffix) {
        int len = t.end[i] - t.start[i];
        if (len < suffix.length()) {
            return false;
        }
        int o = t.end[i] - suffix.length();
        for (int k = 0; k < suffix.length(); k++) {
            if (WordTable.lower(t.chars[o + k]) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** One text being annotated: its sentences, their tokens and attributions, computed once each. */
    final class Article {
        private final String text;
        private final int[] sentences;
        private final List<TimeResolver.Found> exprs;
        private final LocalDate ref;
        private final Tokens[] tokens;
        private final Attribution[] attributions;
        private int attributedUpTo;
        private Quantity lastQuantity;
        private int lastClaimEnd = -1;
        private TimeRef lastClaimTime;
        private String lastAbout;
        private String lastPerson;
        /** The last name of a person the text introduced, quoted or not ("Professor Lena Hart led ..."). */
        private String lastNamed;
        private final TimeRef storyTime;
        private final boolean[] quotedAtStart;
        /** For each sentence, whether a quotation mark stands among its tokens. */
        private final boolean[] hasQuote;
        /** For each sentence, the index of its first token in the scanner's tokens (one more entry: the end). */
        private int[] sentenceTokens;
        /** For each sentence, the lexicon bits of all its words together. */
        private final int[] sentenceBits;
        /** For each sentence, where its paragraph starts. */
        private final int[] paragraph;
        /** End offsets of the time expressions, ascending, for binary search. */
        private final int[] exprEnds;
        /** For each sentence, the nearest attribution at or before it in its paragraph (once computed). */
        private Attribution[] carriedAttribution;
        /** The sentence text the last claim got, and where it lies. */
        private String lastSentence;
        private int lastSentenceStart = -1;
        private int lastSentenceEnd = -1;

        private final Tokens global;

        Article(String text, Tokens global, int[] sentences, List<TimeResolver.Found> exprs, LocalDate ref) {
            this.text = text;
            this.global = global;
            this.sentences = sentences;
            this.exprs = exprs;
            this.ref = ref;
            int n = sentences.length / 2;
            this.tokens = new Tokens[n];
            this.attributions = new Attribution[n];
            this.storyTime = storyTime();
            this.quotedAtStart = new boolean[n];
            this.paragraph = new int[n];
            this.hasQuote = new boolean[n];
            quotesAndParagraphs(global, sentences, quotedAtStart, paragraph, hasQuote);
            this.sentenceTokens = new int[n + 1];
            for (int k = 0; k < n; k++) {
                sentenceTokens[k] = global.firstAtOrAfter(sentences[2 * k]); // a binary search a sentence
            }
            sentenceTokens[n] = global.size;
            // what each sentence's words may start, so a pass that looks for one kind of word skips sentences without one
            this.sentenceBits = new int[n];
            for (int k = 0; k < n; k++) {
                int or = 0;
                if (global.annotated) {
                    for (int j = sentenceTokens[k]; j < sentenceTokens[k + 1]; j++) {
                        or |= global.bits[j]; // 0 for tokens that are not words
                    }
                } else {
                    or = -1;
                }
                sentenceBits[k] = or;
            }
            this.exprEnds = new int[exprs.size()];
            for (int k = 0; k < exprEnds.length; k++) {
                exprEnds[k] = exprs.get(k).end();
            }
        }

        Claim annotate(Quantity q, int si, String field) {
            if (si < 0) {
                return new Claim(field, q, text.substring(q.start(), q.end()), text, null, null, null, null);
            }
            int sentStart = sentences[2 * si];
            int ss = Math.min(sentStart, q.start());
            int se = Math.max(sentences[2 * si + 1], q.end());
            Tokens t = tokens(si);
            // the claim's tokens, found by binary search: a long sentence costs no more per claim
            int first = t.firstAtOrAfter(q.start());
            int last = t.firstAtOrAfter(q.end()) - 1;
            while (last >= 0 && t.end[last] > q.end()) {
                last--;
            }
            String about = about(t, q, first, last, lastQuantity, lastAbout);
            if (about == null && lastAbout != null && lastClaimEnd >= paragraph[si]) {
                about = lastAbout; // "this has dropped to 56 percent": the same thing as the figure before
            }
            if (about == null) {
                about = openingNounPhrase(t, first); // "Deaths fell slightly, to about 107,500"
            }
            lastAbout = about;
            String subject = subject(t, first);
            Attribution attribution = attributionFor(si);
            int contrast = contrastBefore(t, first);
            if (contrast >= 0) {
                // "the minister said 3,000 ..., but unions say at least 10,000": a clause names its own source
                Attribution own = Context.this.attribution(t.slice(contrast + 1, first), false);
                if (own != null && own.source() != null && !PRONOUNS.contains(own.source().toLowerCase(Locale.ROOT))) {
                    attribution = own;
                }
            }
            TimeRef time = timeFor(q, si, ss, se);
            lastQuantity = q;
            lastClaimEnd = q.end();
            lastClaimTime = time;
            return new Claim(field, q, text.substring(q.start(), q.end()), sentenceText(ss, se, q), about, subject, time,
                    attribution);
        }

        /** The sentence; a run-on "sentence" longer than a reader would take is cut to a window around the claim. */
        private String sentenceText(int ss, int se, Quantity q) {
            if (se - ss <= MAX_SENTENCE) {
                // claims of one sentence share its string
                if (ss != lastSentenceStart || se != lastSentenceEnd) {
                    lastSentence = text.substring(ss, se);
                    lastSentenceStart = ss;
                    lastSentenceEnd = se;
                }
                return lastSentence;
            }
            int a = Math.max(ss, q.start() - SENTENCE_WINDOW);
            int b = Math.min(se, q.end() + SENTENCE_WINDOW);
            while (a > ss && a > q.start() - SENTENCE_WINDOW - 40 && !Character.isWhitespace(text.charAt(a - 1))) {
                a--;
            }
            while (b < se && b < q.end() + SENTENCE_WINDOW + 40 && !Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            return (a > ss ? "…" : "") + text.substring(a, b) + (b < se ? "…" : "");
        }

        private Tokens tokens(int si) {
            if (tokens[si] == null) {
                // the scanner's tokens of this sentence: no second tokenization
                // sentences cover every token: this one's tokens end where the next one's begin
                tokens[si] = global.slice(sentenceTokens[si], sentenceTokens[si + 1]);
            }
            return tokens[si];
        }

        private Interview interview;

        void interview(Interview interview) {
            this.interview = interview;
        }

        /**
         * In an interview, a question is the interviewer's and an answer the interviewee's; otherwise
         * the sentence's own attribution, else the nearest one before it in its paragraph, else just after it.
         */
        private Attribution attributionFor(int si) {
            if (interview != null) {
                Attribution a = interview.speaker(sentences[2 * si]);
                if (a != null) {
                    return a;
                }
            }
            Attribution carried = carried(si);
            if (carried != null) {
                return carried;
            }
            int n = sentences.length / 2;
            int para = paragraph[si];
            // only words in quotation marks wait for their speaker: "...," Zhang said
            boolean quoting = quotedAtStart[si] || hasQuote[si];
            for (int k = si + 1; quoting && k < n && k <= si + LOOK_AHEAD && paragraph[k] == para; k++) {
                Attribution a = attribution(k);
                if (a != null) {
                    return a;
                }
            }
            // a paragraph that is one quotation continues the speaker of the paragraph before; a sentence after the
            // quotation has closed is the writer's
            if (para < text.length() && (text.charAt(para) == '"' || text.charAt(para) == '\u201c')
                    && (quoting || insideQuotation(para, sentences[2 * si]))) {
                int k = si;
                while (k >= 0 && paragraph[k] == para) {
                    k--;
                }
                if (k >= 0) {
                    return carried(k);
                }
            }
            return null;
        }

        /** True when a quotation opened at or after {@code from} is still open at {@code at}. */
        private boolean insideQuotation(int from, int at) {
            int open = 0;
            for (int i = from; i < at; i++) {
                char c = text.charAt(i);
                if (c == '\u201c') {
                    open++;
                } else if (c == '\u201d') {
                    open = Math.max(0, open - 1);
                } else if (c == '"') {
                    open = open > 0 ? open - 1 : 1;
                }
            }
            return open > 0;
        }

        /** The attribution of sentence {@code si} or of the nearest sentence before it in its paragraph. */
        private Attribution carried(int si) {
            if (carriedAttribution == null) {
                carriedAttribution = new Attribution[sentences.length / 2];
            }
            attribution(si);
            return carriedAttribution[si];
        }

        private Attribution attribution(int si) {
            while (attributedUpTo <= si) {
                int k = attributedUpTo++;
                // every attribution cue begins with a word the lexicon marks, and so does every title
                int words = sentenceBits[k];
                Attribution a = (words & Lexicon.ATTRIBUTION) == 0 ? null : Context.this.attribution(tokens(k), quotedAtStart[k]);
                if (a != null && a.source() != null && PRONOUNS.contains(a.source().toLowerCase(Locale.ROOT))) {
                    String who = lastPerson != null ? lastPerson : lastNamed;
                    a = who == null ? null : new Attribution(a.text(), who, "person");
                }
                String named = personName(tokens(k), (words & Lexicon.TITLE) != 0);
                if (named != null) {
                    lastNamed = named;
                }
                attributions[k] = a;
                if (carriedAttribution == null) {
                    carriedAttribution = new Attribution[sentences.length / 2];
                }
                // a speaker quoted in the sentence before does not say what this sentence reports outside quotation marks
                boolean quoteEnds = k > 0 && attributions[k - 1] != null && (quotedAtStart[k - 1] || hasQuote[k - 1])
                        && !quotedAtStart[k] && !hasQuote[k];
                carriedAttribution[k] = a != null ? a : k > 0 && paragraph[k - 1] == paragraph[k] && !quoteEnds ? carriedAttribution[k - 1] : null;
                if (a != null && a.kind().equals("person")) {
                    lastPerson = a.source();
                }
            }
            return attributions[si];
        }

        /** The nearest time in the sentence; else the last one earlier in the paragraph; else the story's time. */
        private TimeRef timeFor(Quantity q, int si, int ss, int se) {
            TimeRef own = time(q, ss, se);
            if (own != null) {
                return own;
            }
            int para = paragraph[si];
            if (lastClaimTime != null && lastClaimEnd >= para && lastClaimTime.text() != null) {
                return lastClaimTime;
            }
            for (int k = lastEndingBefore(ss + 1); k >= 0 && k > lastEndingBefore(ss + 1) - 8; k--) {
                TimeResolver.Found f = exprs.get(k);
                if (f.start() < para) {
                    break;
                }
                if (f.value() != null) {
                    return new TimeRef(f.text(), f.value());
                }
            }
            return storyTime;
        }

        /**
         * The time of the events the story reports: the first dated expression among its first
         * sentences that is not the publication date itself (datelines repeat it), else the
         * publication date. Null without a reference date.
         */
        private TimeRef storyTime() {
            if (ref == null) {
                return null;
            }
            int limit = sentences.length >= 2 * STORY_SENTENCES ? sentences[2 * STORY_SENTENCES - 1] : text.length();
            TimeRef month = null;
            String refMonth = ref.toString().substring(0, 7);
            for (TimeResolver.Found f : exprs) {
                if (f.start() >= limit) {
                    break;
                }
                if (f.value() != null && f.value().length() == 10 && !f.value().equals(ref.toString())) {
                    return new TimeRef(f.text(), f.value());
                }
                // "house prices rose for a third month in May": "in" a month of the lead, before the one the story
                // was published in, is the period of the figures it reports ("since January" is not)
                if (month == null && f.value() != null && f.value().length() == 7 && f.value().compareTo(refMonth) < 0
                        && sentences.length >= 2 && f.start() < sentences[1] && f.text() != null && f.text().regionMatches(true, 0, "in ", 0, 3)) {
                    month = new TimeRef(f.text(), f.value());
                }
            }
            return month != null ? month : new TimeRef(null, ref.toString());
        }

        /** Index of the last expression that ends before {@code pos}, or -1. */
        private int lastEndingBefore(int pos) {
            int lo = 0;
            int hi = exprEnds.length - 1;
            int ans = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (exprEnds[mid] < pos) {
                    ans = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return ans;
        }

        /**
         * "the fastest annual growth since January", "the highest level since 2008": the time a record is
         * measured from, not the period of the figure. True when "since" opens {@code f} or stands before it, and a
         * superlative or "record" stands a few words before it in the sentence.
         */
        private boolean sinceRecord(TimeResolver.Found f, int ss) {
            Tokens t = global;
            int k = t.firstAtOrAfter(f.start());
            if (!t.is(k, "since")) {
                k--; // "since January": the month may be found without its "since"
                if (!t.is(k, "since")) {
                    return false;
                }
            }
            for (int j = k - 1; j >= t.lo && j >= k - 6 && t.start[j] >= ss; j--) {
                if (t.isWord(j) && (lx.cue(t, j, Cue.SUPERLATIVE) || t.is(j, "record")
                        || t.end[j] - t.start[j] >= 6 && t.text(j).toLowerCase(Locale.ROOT).endsWith("est"))) {
                    return true;
                }
            }
            return false;
        }

        /** The time expression of the claim's sentence nearest to it; only a few on each side are looked at. */
        private TimeRef time(Quantity q, int ss, int se) {
            int pivot = lastEndingBefore(q.start() + 1);
            TimeResolver.Found best = null;
            int bestDist = Integer.MAX_VALUE;
            int from = Math.max(0, pivot - TIME_CANDIDATES);
            int to = Math.min(exprs.size() - 1, pivot + TIME_CANDIDATES);
            for (int k = from; k <= to; k++) {
                TimeResolver.Found f = exprs.get(k);
                if (f.end() <= ss || f.start() >= se || f.value() == null && f.text() == null) {
                    continue;
                }
                if (f.start() < q.end() && f.end() > q.start() || sinceRecord(f, ss)) {
                    continue;
                }
                int dist = f.end() <= q.start() ? q.start() - f.end() : f.start() - q.end();
                if (dist < bestDist) {
                    bestDist = dist;
                    best = f;
                }
            }
            if (best == null) {
                return null;
            }
            // "in the 2018 tournament ... yesterday": the more specific of two nested times
            for (int k = from; k <= to; k++) {
                TimeResolver.Found f = exprs.get(k);
                if (f.end() <= ss || f.start() >= se || f.value() == null || best.value() == null) {
                    continue;
                }
                if (f.value().length() > best.value().length() && f.value().startsWith(best.value())) {
                    best = f;
                }
            }
            return new TimeRef(best.text(), best.value());
        }
    }

    /**
     * For each sentence, whether it starts inside a quotation opened earlier in its paragraph, where
     * its paragraph starts and, when {@code hasQuote} is given, whether a quotation mark stands among
     * its tokens. It reads tokens: a quotation mark is a symbol token of its own and
     * a blank line sits in the gap before a token whose gap is 2, so only those are looked at.
     */
    static void quotesAndParagraphs(Tokens t, int[] sentences, boolean[] quoted, int[] paragraph, boolean[] hasQuote) {
        char[] text = t.chars;
        int n = sentences.length / 2;
        boolean inside = false;
        int para = 0;
        int k = 0; // the next sentence to record: it records what held before its start
        byte[] kind = t.kind;
        byte[] gap = t.gap;
        for (int j = 0; j <= t.size && k < n; j++) {
            if (j < t.size && gap[j] != 2 && kind[j] != Tokens.SYM) {
                continue; // a word or number on the line: neither a quotation mark nor a line break
            }
            int tokStart = j < t.size ? t.start[j] : text.length;
            if (j == t.size || gap[j] == 2) {
                int prevEnd = j > 0 ? t.end[j - 1] : 0;
                for (int p = prevEnd; p < tokStart; p++) {
                    if (text[p] == '\n' && p + 1 < text.length && text[p + 1] == '\n') {
                        for (; k < n && sentences[2 * k] <= p; k++) {
                            quoted[k] = inside;
                            paragraph[k] = para;
                        }
                        inside = false;
                        para = p + 2;
                    }
                }
                // "- Defence spending up £2.2bn": a line of a list is a paragraph of its own
                if (j > 0 && j < t.size && t.kind[j] == Tokens.SYM && LIST_MARKS.indexOf(text[tokStart]) >= 0 && j + 1 < t.size
                        && !t.adjacent(j + 1) && t.gap[j + 1] != 2 && tokStart > para) {
                    for (; k < n && sentences[2 * k] < tokStart; k++) {
                        quoted[k] = inside;
                        paragraph[k] = para;
                    }
                    inside = false;
                    para = tokStart;
                }
            }
            if (j == t.size) {
                break;
            }
            if (kind[j] == Tokens.SYM) {
                char c = text[tokStart];
                if (c == '"' || c == '\u201c' || c == '\u201d') {
                    for (; k < n && sentences[2 * k] <= tokStart; k++) {
                        quoted[k] = inside;
                        paragraph[k] = para;
                    }
                    inside = c == '"' ? !inside : c == '\u201c';
                    if (hasQuote != null && k > 0) {
                        hasQuote[k - 1] = true; // the sentence whose tokens hold the mark
                    }
                }
            }
        }
        for (; k < n; k++) {
            quoted[k] = inside;
            paragraph[k] = para;
        }
    }

    /** Marks that open a line of a list when a space follows them: "- ", "* ", "• ", "– ", "· ". */
    static final String LIST_MARKS = "-*\u2022\u2013\u00b7";

    /** How many leading sentences may set the story's time. */
    private static final int STORY_SENTENCES = 4;

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");

    /** A noun that names a change ("growth", "rise") at token {@code i}, not a verb ("rise of" never is). */
    private boolean changeNounBefore(Tokens t, int i) {
        return t.isWord(i) && lx.cue(t, i, Cue.CHANGE_NOUN) && !t.capitalized(i);
    }


    // ------------------------------------------------------------------ about

    /**
     * What the figure measures. {@code prev} and {@code prevAbout} are the figure before it in the text and
     * what that one measures: when the noun phrase nearest before this figure holds that figure's unit,
     * both figures are about the same thing ("rose 8 percent to $4.2 billion", "1,150 sq ft and sold for
     * £640,000"), or, after a figure written as an adjective, about the noun it describes ("the 3,500-mile
     * pipeline will carry 800,000 barrels").
     */
    private String about(Tokens t, Quantity q, int first, int last, Quantity prev, String prevAbout) {
        int after = last + 1;
        if ((t.is(after, '"') || t.is(after, '\u201d')) && t.adjacent(after)) {
            after++; // cut "at least 10 percent" of costs: the words after the quotation mark
        }
        String kind = q.kind();
        if (q.rule().endsWith("to <number>-<unit>-old") || q.rule().startsWith("over|under-")) {
            return "age group"; // "18-24 year olds", "over-65s": the group is named by its ages
        }
        if (q.rule().equals("<age>") || q.rule().endsWith("-old")) {
            boolean ageOf = t.is(first - 1, "of") && t.is(first - 2, "age"); // "died at the age of 76": the person named
            // "The nominee, 61, will...": the person named before the comma
            int before = beforeAged(t, first - 1);
            if (before == first - 1 && t.is(first - 1, ',') && t.is(last + 1, ',') && t.isWord(first - 2)) {
                before = first - 2;
            }
            String whose = q.rule().endsWith("-old") ? npForward(t, after) : ageOf ? null : npBackward(t, before);
            if (whose == null) {
                whose = subject(t, first);
            }
            return whose == null ? "age" : "age of " + whose;
        }
        if (t.is(after, "of") && (kind.equals("rank") || kind.equals("duration") && q.rule().contains("ordinal"))) {
            String np = npForward(t, after + 1);
            if (np != null) {
                return np;
            }
        }
        // "a 2.8% rise in sales", "a $2bn increase in spending": what the change is in
        int changeNoun = lx.changes.get(t, last) != null ? last : t.isWord(after) && lx.changes.get(t, after) != null ? after : -1;
        if (changeNoun >= 0 && !t.capitalized(changeNoun) && !endsWith(t, changeNoun, "er") && t.is(changeNoun + 1, "in")) {
            String np = npForward(t, changeNoun + 2);
            if (np != null) {
                return np;
            }
        }
        if (q.rule().contains("<number> in <number>") && t.is(first - 1, "that")) {
            String np = npForward(t, after); // "the study found that 1 in 4 adults ...": the people shared out
            if (np != null) {
                return np;
            }
        }
        if (t.is(after, "off") && lx.cue(t, first - 1, Cue.TAKE_OFF)) {
            String np = npForward(t, after + 1); // "wiped $50bn off the company's market value": what it was taken from
            if (np != null) {
                return np;
            }
        }
        boolean share = kind.equals("percent") || kind.equals("ratio") || kind.equals("percentage_points");
        if (share && t.is(after, "of")) {
            int k = after + 1;
            if (lx.hasClass(t, k, Lexicon.DET) && t.isPlainNum(k + 1)) {
                k += 2; // "60 per cent of the 1,000 firms surveyed": the firms
            }
            String np = npForward(t, k);
            if (np != null) {
                return np;
            }
        }
        if ((kind.equals("measure") || kind.equals("money") || kind.equals("duration")) && t.is(after, "of") && !t.is(after + 1, "the")) {
            // "8,000 hectares of forest", "8 inches of rain", "£5m of public money": what the amount is of
            String np = npForward(t, after + 1);
            if (np != null) {
                return np;
            }
        }
        if (kind.equals("count") || kind.equals("rank") || kind.equals("other")) {
            int k = after;
            if (t.isDash(k) && t.adjacent(k) && t.adjacent(k + 1) && t.isWord(k + 1)) {
                k++; // "the six-member crew"
            } else if (t.is(k, "more") || t.is(k, "fewer") || t.is(k, "extra") || t.is(k, "additional") || t.is(k, "other")) {
                k++; // "two more shuttle flights"
            }
            if (t.is(k, "of") && (kind.equals("count"))) {
                k++;
                if (lx.hasClass(t, k, Lexicon.DET)) {
                    k++;
                }
                if (t.isPlainNum(k)) {
                    k++; // "twenty-three of the 40 passengers"
                }
            }
            String np = npForward(t, k);
            if (np != null) {
                return np;
            }
        }
        int before = first - 1;
        if (t.is(before, "and") && prev != null && prevAbout != null && prev.change() != null && kind.equals(prev.kind())
                && t.firstAtOrAfter(prev.end()) >= before - 3 && t.firstAtOrAfter(prev.end()) <= before) {
            return prevAbout; // "Prices rose 0.4% m/m and 3.8% y/y": both figures measure the same thing
        }
        if (t.is(before, "of") && changeNounBefore(t, before - 1)) {
            // "expected growth of 0.2%", "business investment growth of 3%": the growth is what the figure measures
            int s0 = before - 1;
            while (s0 - 1 >= t.lo && npWordNoVerb(t, s0 - 1) && s0 > before - 4) {
                s0--;
            }
            return t.text.subSequence(t.start[s0], t.end[before - 1]).toString();
        }
        if (t.is(before, ':') && t.is(before - 1, ')') && t.is(before - 3, '(') && t.isWord(before - 4)) {
            before -= 4; // "Revenue (2023): $307.4bn": the label before its bracket
        } else if (t.is(before, ':') && t.isWord(before - 1)) {
            before--; // "Net income: $610m": the label before the colon
        }
        boolean summed = t.is(before, "of") && (t.is(before - 1, "average") || t.is(before - 1, "total") || t.is(before - 1, "median"))
                && lx.hasClass(t, before - 2, Lexicon.DET);
        if (summed) {
            before -= 3; // "cut costs by a total of $2m": the costs, not the total
        } else {
            // "shares fell a record 12%", "prices rose a modest 1.2%": the words after "a" describe the figure
            int verb = lx.changeBeforeArticle(t, before);
            summed = verb >= 0;
            before = summed ? verb : before;
        }
        int rel = before;
        while (rel > t.lo && rel > before - 3 && (lx.hasClass(t, rel, Lexicon.AUX) || lx.changes.get(t, rel) != null)) {
            rel--;
        }
        if ((t.is(rel, "which") || t.is(rel, "who")) && t.is(rel - 1, ',') && !summed) {
            before = rel - 2; // "Its shares, which have almost tripled": what the clause tells of
        }
        int recordAt = t.is(before - 1, "a") ? before - 1 : t.is(before - 1, "new") && t.is(before - 2, "a") ? before - 2 : -1;
        if (!summed && t.is(before, "record") && recordAt > 0 && !t.is(recordAt - 1, "to")) {
            before = recordAt - 1; // "the backlog hit a record €68bn": what set the record
        }
        int backEnd = npBackwardEnd(t, before);
        int backStart = backEnd >= t.lo ? npBackwardStart(t, backEnd) : -1;
        int prep = backStart >= t.lo && t.is(backStart - 1, "the") ? backStart - 2 : backStart - 1;
        if (backStart >= t.lo && backEnd >= first - 2 && lx.hasClass(t, prep, Lexicon.TIMEPREP)
                && timeNouns.get(t, backEnd) != null) {
            // "Sales in the third quarter fell 5%": what the period is of, before the preposition
            before = prep - 1;
            backEnd = npBackwardEnd(t, before);
            backStart = backEnd >= t.lo ? npBackwardStart(t, backEnd) : -1;
        }
        if (prev != null && backStart >= t.lo && t.end[backEnd] > prev.start() && t.start[backStart] < prev.end()) {
            int rest = t.firstAtOrAfter(prev.end());
            if (rest <= backEnd && prev.rule().contains("-<unit>")) {
                // "the 45-year-old chief executive earned $12.5 million": the noun the figure before describes
                return t.text.subSequence(t.start[rest], t.end[backEnd]).toString();
            }
            if (prev.rule().endsWith("-old")) {
                return t.text.subSequence(prev.start(), prev.end()).toString(); // "The 35-year-old was fined $500": the person
            }
            if (prevAbout != null && !prev.rule().equals("<age>")) {
                return prevAbout; // the noun before is the unit of the figure before ("rose 8 percent to $4.2 billion")
            }
        }
        String back = nounPhrase(t, ofPhrase(t, backStart, backEnd, prev), backEnd);
        if (back == null && summed) {
            // "pay rose an average of 4.1%": what the verb's subject names
            int k = t.is(before, "by") ? before - 1 : before;
            while (k > before - 4 && ((lx.bits(t, k) & Lexicon.CHANGES) != 0 || lx.hasClass(t, k, Lexicon.AUX))) {
                k--;
            }
            back = k < before ? npBackward(t, k) : null;
        }
        if (back != null) {
            return back;
        }
        if ((t.is(after, "a") || t.is(after, "an") || t.is(after, "per")) && t.isWord(after + 1)) {
            return null; // "settled at $79.41 a barrel": the barrel is what the price is per, not what it is of
        }
        return npForward(t, after);
    }

    /** Prepositions that join a noun phrase to the noun it tells more of: "sales of new cars", "earnings for nurses". */
    private final WordTable<Boolean> npPrepositions = table(Set.of("of", "for", "in", "at", "on", "from", "among", "across"));

    /**
     * Where the noun phrase that ends at {@code e} and starts at {@code s} really starts, when it follows a
     * preposition after another noun: "Sales of new cars in Europe fell 6.1%" is about the sales of new
     * cars in Europe, not Europe; "Average weekly earnings for nurses were £728" about the earnings for
     * nurses. At most 10 words, and never back into the figure before ({@code prev}).
     */
    private int ofPhrase(Tokens t, int s, int e, Quantity prev) {
        if (s < t.lo) {
            return s;
        }
        int start = s;
        while (start - 2 >= t.lo && t.isWord(start - 1) && !t.capitalized(start - 1)
                && npPrepositions.get(t, start - 1) != null && npWordNoVerb(t, start - 2)) {
            int before = npBackwardStart(t, start - 2);
            if (before < t.lo || e - before >= 10 || prev != null && t.start[before] < prev.end()) {
                break;
            }
            start = before;
        }
        return start;
    }

    /** The noun phrase the sentence opens with, when it ends before token {@code first} ("Deaths fell slightly, to ..."). */
    private String openingNounPhrase(Tokens t, int first) {
        if (t.lo >= first || !t.isWord(t.lo)) {
            return null;
        }
        String opening = npForward(t, t.lo);
        return opening != null && t.start[t.lo] + opening.length() <= t.start[first] ? opening : null;
    }

    /**
     * "three children, aged 4, 7 and 10": from the token before an age, back past the ages listed before
     * it, "aged" and a comma to the people whose ages they are; {@code k} itself when no "aged" is there.
     */
    private int beforeAged(Tokens t, int k) {
        int p = k;
        while (p > k - 16 && (t.isPlainNum(p) || t.is(p, ',') || t.is(p, "and"))) {
            p--;
        }
        if (!lx.hasClass(t, p, Lexicon.AGEPRE) || !t.isWord(p)) {
            return k;
        }
        return t.is(p - 1, ',') ? p - 2 : p - 1;
    }

    private boolean npWord(Tokens t, int i) {
        if (i < t.lo || i >= t.size) {
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
        // a verb form in -s right before a change verb or an auxiliary is the noun of the subject ("bond yields fell",
        // "pay rises were")
        if ((cls & Lexicon.VERB) != 0 && !(t.isDash(i - 1) && t.adjacent(i)) && !(endsWith(t, i, "s") && nounBeforeVerb(t, i + 1))) {
            return false;
        }
        if (npBreakers.get(t, i) != null || endsWith(t, i, "ly") && t.end[i] - t.start[i] > 4) {
            return false;
        }
        int bits = lx.bits(t, i);
        if (lx.qualifiers.at(t, i) != null || (bits & Lexicon.CHANGES) != 0 && lx.changes.get(t, i) != null && !t.capitalized(i)) {
            return false;
        }
        if ((bits & Lexicon.WEEKDAY) != 0 || t.capitalized(i) && (bits & Lexicon.MONTH) != 0) {
            return false;
        }
        return (bits & Lexicon.NUMBERS) == 0;
    }

    /** "remaining orbiters", "dedicated men": a verb form used as an adjective before a noun. */
    private boolean participleVerb(Tokens t, int i) {
        if (!t.isWord(i) || !lx.hasClass(t, i, Lexicon.VERB)) {
            return false;
        }
        return (endsWith(t, i, "ing") || endsWith(t, i, "ed")) && !lx.hasClass(t, i + 1, Lexicon.DET | Lexicon.FUNC | Lexicon.PRON);
    }

    private boolean verbLike(Tokens t, int i) {
        boolean compound = t.isDash(i - 1) && t.adjacent(i);
        return !compound && t.kind[i] == Tokens.WORD && !t.capitalized(i) && (endsWith(t, i, "ed") || endsWith(t, i, "ing"))
                && t.end[i] - t.start[i] > 4 && ingNouns.get(t, i) == null;
    }

    private String npForward(Tokens t, int k) {
        while (lx.hasClass(t, k, Lexicon.DET) || t.is(k, "all") || t.is(k, "both") || t.is(k, "each")) {
            k++;
        }
        int s = -1;
        int e = -1;
        int words = 0;
        for (int i = k; i < t.size && words < MAX_NP_WORDS; i++) {
            boolean participle = verbLike(t, i) && words == 0 && npWord(t, i + 1) && !verbLike(t, i + 1);
            if (npWord(t, i) && (!verbLike(t, i) || participle) || participleVerb(t, i) && words == 0 && npWord(t, i + 1)) {
                if (s < 0) {
                    s = i;
                }
                e = i;
                words++;
            } else if (s >= 0 && (t.isDash(i) || t.is(i, '&')) && t.adjacent(i) && t.adjacent(i + 1) && npWord(t, i + 1)) {
                continue; // "long-term", "AT&T"
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

    /**
     * Where the noun phrase before token {@code k} ends: back over the verb and preposition between it and
     * the number ("valued at", "accounted for"), stopping at punctuation; -1 when punctuation comes first.
     */
    private int npBackwardEnd(Tokens t, int k) {
        int i = k;
        int skipped = 0;
        while (i >= t.lo && skipped < 6 && (!npWordNoVerb(t, i) || lx.hasClass(t, i, Lexicon.NUMVERB) && i == k)) {
            if (t.kind[i] == Tokens.SYM && !t.isDash(i)) {
                return -1;
            }
            i--;
            skipped++;
        }
        return i;
    }

    private String npBackward(Tokens t, int k) {
        int e = npBackwardEnd(t, k);
        return nounPhrase(t, e >= t.lo ? npBackwardStart(t, e) : -1, e);
    }

    /** The noun phrase from token {@code s} to token {@code e}, with a "the" before it; null when {@code s} is -1. */
    private String nounPhrase(Tokens t, int s, int e) {
        if (s < t.lo || e < s) {
            return null;
        }
        if (lx.hasClass(t, s - 1, Lexicon.DET) && t.is(s - 1, "the")) {
            s--;
        }
        return t.text.subSequence(t.start[s], t.end[e]).toString();
    }

    /** Where the noun phrase that ends at token {@code e} starts (its first word, without "the"); -1 for none. */
    private int npBackwardStart(Tokens t, int e) {
        int i = e;
        int s = -1;
        int words = 0;
        while (i >= t.lo && words < MAX_NP_WORDS) {
            if (npWordNoVerb(t, i)) {
                s = i;
                words++;
                i--;
            } else if (s >= 0 && (t.isDash(i) || t.is(i, '&')) && t.adjacent(i + 1) && t.adjacent(i) && npWord(t, i - 1)) {
                i--; // "long-term", "S&P"
            } else if (s >= 0 && (t.is(i, '\'') || t.is(i, '\u2019'))) {
                i--;
            } else {
                break;
            }
        }
        return s;
    }

    /**
     * True when token {@code k} is an auxiliary or a change verb in the past ("fell", "climbed"), after which a
     * word in -s is a plural noun; not a change noun ("expects growth").
     */
    private boolean nounBeforeVerb(Tokens t, int k) {
        return t.isWord(k) && !t.capitalized(k) && (lx.hasClass(t, k, Lexicon.AUX) || lx.cue(t, k, Cue.MOVE_VERB) && endsWith(t, k, "ed")
                || lx.changes.get(t, k) != null && (endsWith(t, k, "ed") || pastChanges.get(t, k) != null));
    }

    /** Change verbs whose past is not in -ed. */
    private final WordTable<Boolean> pastChanges = table(Set.of("rose", "fell", "grew", "shrank", "sank", "slid", "leapt", "swung",
            "shot"));

    private boolean npWordNoVerb(Tokens t, int i) {
        return npWord(t, i) && !verbLike(t, i);
    }

    // ------------------------------------------------------------------ subject

    private String subject(Tokens t, int first) {
        for (int i = first - 1; i >= t.lo && i >= first - SCAN; i--) {
            if (properNoun(t, i)) {
                int e = i;
                int s = i;
                while (s - 1 >= 0 && properNoun(t, s - 1)) {
                    s--;
                }
                return t.text.subSequence(t.start[s], t.end[e]).toString();
            }
        }
        for (int i = first; i < t.size && i < first + SCAN; i++) {
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
        if (i < t.lo || i >= t.size || t.kind[i] != Tokens.WORD || !t.capitalized(i)) {
            return false;
        }
        if (lx.months.get(t, i) != null || lx.weekdays.get(t, i) != null) {
            return false;
        }
        if (t.sentenceInitial(i) && lx.known(t, i)) {
            return false;
        }
        return lx.classes(t, i) == 0 && !t.is(i, "i");
    }

    // ------------------------------------------------------------------ attribution

    /** The last "but", "while", "whereas" or semicolon before token {@code first} in its sentence, or -1. */
    private static int contrastBefore(Tokens t, int first) {
        for (int k = first - 1; k > t.lo; k--) {
            if (t.is(k, ';') || t.is(k, "but") || t.is(k, "whereas") || t.is(k, "while") && t.is(k - 1, ',')) {
                return k;
            }
        }
        return -1;
    }


    /**
     * A person's name in the sentence: a title and capitalised words, or two to four capitalised words
     * opening it. {@code titled} is false when the sentence holds no title word: then only its opening is read.
     */
    private String personName(Tokens t, boolean titled) {
        for (int i = t.lo; titled && i < t.size; i++) {
            if (t.kind[i] == Tokens.WORD && (t.bits[i] & Lexicon.TITLE) != 0 && t.capitalized(i)) {
                int e = i;
                while (e + 1 < t.size && (t.isWord(e + 1) && t.capitalized(e + 1) || t.is(e + 1, '.') && t.adjacent(e + 1)) && e - i < 5) {
                    e++;
                }
                if (e > i) {
                    return t.text.subSequence(t.start[i], t.end[e]).toString();
                }
            }
        }
        int i = t.lo;
        int e = i;
        while (e < t.size && e - i < 4 && t.isWord(e) && t.capitalized(e) && !lx.known(t, e)) {
            e++;
        }
        return e - i >= 2 && !(t.isWord(e) && t.capitalized(e)) ? t.text.subSequence(t.start[i], t.end[e - 1]).toString() : null;
    }

    private Attribution attribution(Tokens t, boolean quotedAtStart) {
        boolean quoted = quotedAtStart;
        for (int i = t.lo; i < t.size; i++) {
            byte kind = t.kind[i];
            if (kind == Tokens.SYM) {
                char ch = t.chars[t.start[i]];
                if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == '\u201c') {
                    quoted = true;
                } else if (ch == '\u201d') {
                    quoted = false;
                }
                continue;
            }
            if (quoted || kind != Tokens.WORD || (t.bits[i] & Lexicon.ATTRIBUTION) == 0) {
                // inside a quotation, "Bolden stated as much" is the speaker's words, not the source;
                // and every cue begins with a word the lexicon marks
                continue;
            }
            PhraseTable.Match<String> cue = lx.attributionCues.at(t, i);
            if (cue == null || t.capitalized(i) && !t.sentenceInitial(i)) {
                continue; // "the United States Geological Survey": a capital inside a sentence is a name's
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
                return new Attribution(t.text.subSequence(t.start[s], t.end[e - 1]).toString(), before, kindAfterBy(t, s, before));
            }
            // "..., said Zhang Xiaorong", "..., said council leader Priya Shah"
            if (t.is(i - 1, ',') || t.is(i - 1, '"') || t.is(i - 1, '\u201d')) {
                int name = afterRole(t, e);
                String after = properRun(t, name);
                if (after != null) {
                    int endTok = lastTokenOf(t, name, after);
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
                        || t.is(i, "that") || t.is(i, "in") || t.is(i, "on") || t.is(i, "at") || t.is(i, "for"))
                        && !(t.is(i, "for") && t.capitalized(i - 1) && t.capitalized(i + 1))) { // "the Centers for Disease Control"
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
        // "Secunia.com, has said": step over auxiliaries and the comma of an apposition
        while (k >= t.lo && (lx.hasClass(t, k, Lexicon.AUX) || t.is(k, "also") || t.is(k, "recently"))) {
            k--;
        }
        // "figures published by Eurostat on Friday show", "the ministry on Monday said": the day is not the source
        if (k - 1 > t.lo && (t.is(k - 1, "on") || t.is(k - 1, "in")) && (lx.weekdays.get(t, k) != null || lx.months.get(t, k) != null)) {
            k -= 2;
        }
        // "the Geological Survey (USGS) reported": the name before its abbreviation
        if (t.is(k, ')')) {
            for (int c = k - 1; c >= t.lo && c > k - 5; c--) {
                if (t.is(c, '(')) {
                    k = c - 1;
                    break;
                }
            }
        }
        if (k >= t.lo && lx.hasClass(t, k, Lexicon.PRON) && !t.allCaps(k)) {
            return t.text(k); // "she said"; not "the WHO said"
        }
        if (t.is(k, ',')) {
            // "Valeska Paris, an Australian woman, has claimed": the name before the apposition
            for (int c = k - 1; c >= t.lo && k - c < 14; c--) {
                if (t.is(c, ',') && t.capitalized(c - 1) && t.isWord(c - 1)) {
                    k = c - 1;
                    break;
                }
                if (t.kind[c] == Tokens.SYM && !t.isDash(c) && !t.is(c, '.') && !t.is(c, '\'')) {
                    break;
                }
            }
            if (t.is(k, ',')) {
                k--;
            }
        }
        int e = k;
        int s = -1;
        for (int i = k; i >= t.lo && k - i < 12; i--) {
            if (s >= 0 && (lx.weekdays.get(t, i) != null || lx.months.get(t, i) != null)) {
                break; // "On Monday police said": the police
            }
            if (s >= 0 && t.kind[i] == Tokens.WORD && lx.numbers.get(t, i) != null) {
                break; // "the $33.2 billion analysts had expected": the analysts, not the figure before them
            }
            boolean dotted = t.is(i - 1, '.') && t.adjacent(i) && t.isWord(i - 2); // Secunia.com
            if (t.kind[i] == Tokens.WORD && (t.capitalized(i) || isSourceNoun(t, i) || dotted && s < 0
                    || s >= 0 && !lx.hasClass(t, i, Lexicon.FUNC | Lexicon.AUX | Lexicon.TIMEPREP | Lexicon.PRON))) {
                s = i;
                if (lx.hasClass(t, i, Lexicon.DET)) {
                    // "analysis of its own statistics": carry on through "of" to the owner
                    if (t.is(i - 1, "of") && t.isWord(i - 2)) {
                        i -= 1;
                        continue;
                    }
                    break;
                }
            } else if (s >= 0 && t.is(i, "of") && t.isWord(i - 1) && !lx.hasClass(t, i - 1, Lexicon.FUNC | Lexicon.AUX)) {
                continue;
            } else if (s >= 0 && (t.is(i, "for") || t.is(i, "and")) && t.capitalized(s) && t.isWord(i - 1) && t.capitalized(i - 1)
                    && !t.sentenceInitial(i - 1)) {
                continue; // "the Office for National Statistics", "the Centers for Disease Control and Prevention"
            } else if ((t.isDash(i) || t.is(i, '.') || t.is(i, '\'') || t.is(i, '\u2019')) && t.adjacent(i + 1) && s >= 0) {
                continue;
            } else if (t.kind[i] == Tokens.ALNUM) {
                s = i;
            } else {
                break;
            }
        }
        if (s < 0) {
            return null;
        }
        while (s < e && (t.kind[s] == Tokens.SYM || t.is(s, "of"))) {
            s++;
        }
        String src = t.text.subSequence(t.start[s], t.end[e]).toString();
        // a lone common noun that is not a source ("the gap said") is not an attribution
        boolean hasSourceWord = false;
        for (int i = s; i <= e; i++) {
            if (t.capitalized(i) && !lx.known(t, i) || isSourceNoun(t, i)) {
                hasSourceWord = true;
            }
        }
        return hasSourceWord ? src : null;
    }

    private boolean isSourceNoun(Tokens t, int i) {
        if (!t.isWord(i)) {
            return false;
        }
        return sourceNouns.get(t, i) != null;
    }

    /**
     * Where a name starts after the role words that may stand before it ("council leader Priya Shah",
     * "chief executive Ana Ruiz"): up to three lower-case words that are no function words; {@code k}
     * when no capitalised word follows them.
     */
    private int afterRole(Tokens t, int k) {
        int i = k;
        while (i < t.size && i - k < 3 && t.isWord(i) && !t.capitalized(i)
                && !lx.hasClass(t, i, Lexicon.FUNC | Lexicon.DET | Lexicon.AUX | Lexicon.PRON | Lexicon.TIMEPREP)) {
            i++;
        }
        return i > k && t.isWord(i) && t.capitalized(i) ? i : k;
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

    /** True when {@code text} holds {@code s} at {@code at}. */
    private static boolean startsAt(char[] text, int at, String s) {
        if (at + s.length() > text.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (text[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int firstTokenOf(Tokens t, int to, String src) {
        // the source may end before token "to" ("Eurostat on Friday show"): the nearest token it starts at
        for (int k = to; k >= t.lo && k > to - 16; k--) {
            if (startsAt(t.chars, t.start[k], src)) {
                return k;
            }
        }
        int start = t.end[to] - src.length();
        int k = to;
        while (k - 1 >= t.lo && t.start[k] > start) {
            k--;
        }
        return k;
    }

    /** The kind words of a source, as bits: {@link #MEDIA_WORD} ... {@link #ORG_WORD}. */
    private static final int MEDIA_WORD = 1, STUDY_WORD = 2, OFFICIAL_WORD = 4, ORG_WORD = 8;
    private static final WordTable<Integer> KIND_WORDS = kindWords();

    private static WordTable<Integer> kindWords() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : MEDIA) {
            m.merge(w, MEDIA_WORD, (x, y) -> x | y);
        }
        for (String w : STUDY) {
            m.merge(w, STUDY_WORD, (x, y) -> x | y);
        }
        for (String w : OFFICIAL) {
            m.merge(w, OFFICIAL_WORD, (x, y) -> x | y);
        }
        for (String w : ORG) {
            m.merge(w, ORG_WORD, (x, y) -> x | y);
        }
        return new WordTable<>(m);
    }

    /**
     * The kind of a source named after "by": "figures published by Eurostat" are official statistics and
     * "a study led by Dr Ana Ruiz" a study, as the noun a few words before says; else the name's own kind.
     */
    private static String kindAfterBy(Tokens t, int s, String source) {
        String own = kind(source);
        if (t.is(s - 1, "by")) {
            for (int j = s - 2; j >= Math.max(t.lo, s - 4); j--) {
                String noun = t.isWord(j) ? kind(t.text(j).toLowerCase(Locale.ROOT)) : "organisation";
                if (noun.equals("official_statistics") || noun.equals("study")) {
                    return noun;
                }
            }
        }
        return own;
    }

    /**
     * What kind of source a name is, by the words in it (its runs of letters, lower-cased): media before
     * study before official statistics before organisation; else a person when it is capitalised and of
     * at most four words, or ends with the role of one person ("the chancellor").
     */
    static String kind(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        char[] cs = lower.toCharArray();
        int n = cs.length;
        int cats = 0;
        int runs = 0;
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
                continue;
            }
            int from = i;
            while (i < n && Character.isLetter(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            cats |= KIND_WORDS.getInt(cs, from, i, WordTable.hash(cs, from, i), 0);
            runs++;
        }
        if ((cats & MEDIA_WORD) != 0) {
            return "media";
        }
        if ((cats & STUDY_WORD) != 0) {
            return "study";
        }
        if ((cats & OFFICIAL_WORD) != 0) {
            return "official_statistics";
        }
        if ((cats & ORG_WORD) != 0) {
            return "organisation";
        }
        // a name of words counts them as a split on non-letters does: with an empty word before a leading non-letter
        int words = runs > 0 && !Character.isLetter(lower.codePointAt(0)) ? runs + 1 : runs;
        boolean capitalized = !source.isEmpty() && Character.isUpperCase(source.charAt(0));
        // "the chancellor", "a spokeswoman": one person named by a role
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        boolean oneRole = ROLES.contains(last) && !last.endsWith("s") && !last.equals("police");
        return capitalized && words <= 4 || oneRole ? "person" : "organisation";
    }

    // ------------------------------------------------------------------ time


    /** How many time expressions on each side of a claim are considered. */
    private static final int TIME_CANDIDATES = 6;
    /** How many sentences ahead a quotation's speaker is looked for ("..." Zhang said). */
    private static final int LOOK_AHEAD = 4;
    /** Longest sentence given whole; a longer one is cut to a window around the claim. */
    static final int MAX_SENTENCE = 1200;
    private static final int SENTENCE_WINDOW = 300;
    /** How far subject and noun-phrase scans look, in tokens. */
    private static final int SCAN = 40;


}
