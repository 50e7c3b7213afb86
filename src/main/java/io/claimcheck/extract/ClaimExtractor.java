package io.claimcheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the claims of one field of an article (body or headline): the quantities with their
 * sentence, what they are about, the subject, the time and the attribution. Thread-safe.
 */
public final class ClaimExtractor {

    private final QuantityScanner scanner;
    private final TimeResolver times;
    private final Context context;

    public ClaimExtractor(Lexicon lexicon) {
        this.scanner = new QuantityScanner(lexicon);
        this.times = new TimeResolver(lexicon);
        this.context = new Context(lexicon);
    }

    /**
     * @param text  the plain text of the field
     * @param field body or headline
     * @param ref   the reference date for relative times, or null to leave them unresolved
     */
    public List<Claim> extract(String text, String field, LocalDate ref) {
        return extract(text, field, ref, Integer.MAX_VALUE);
    }

    /** As {@link #extract(String, String, LocalDate)}, keeping at most the first {@code limit} claims. */
    public List<Claim> extract(String text, String field, LocalDate ref, int limit) {
        return extract(text, field, ref, limit, null, null);
    }

    /**
     * As above, knowing the article's headline and publisher, which tell an interview's
     * interviewer (either may be null).
     */
    public List<Claim> extract(String text, String field, LocalDate ref, int limit, String headline, String publisher) {
        Tokens spare = SPARE.get();
        SPARE.set(null); // taken: a nested call on this thread allocates its own
        QuantityScanner.Result found = scanner.scan(text, limit, spare);
        try {
            return claims(text, field, ref, found, headline, publisher);
        } finally {
            // the claims hold strings, never the tokens: their arrays serve this thread's next text
            if (found.tokens().kind.length <= MAX_SPARE) {
                SPARE.set(found.tokens());
            }
        }
    }

    /** Each thread keeps the token arrays of its last text, up to this many tokens, for the next one. */
    private static final int MAX_SPARE = 1 << 18;
    private static final ThreadLocal<Tokens> SPARE = new ThreadLocal<>();

    private List<Claim> claims(String text, String field, LocalDate ref, QuantityScanner.Result found, String headline, String publisher) {
        if (found.quantities().isEmpty()) {
            return List.of();
        }
        int[] sentences = Sentences.split(found.tokens());
        LocalDate local = datelineDate(text, found.times(), ref);
        List<TimeResolver.Found> timeExprs = times.find(text, found.tokens(), found.times(), local);
        Context.Article article = context.new Article(text, found.tokens(), sentences, timeExprs, local);
        article.interview(Interview.of(text, headline, publisher));
        List<Claim> claims = new ArrayList<>(found.quantities().size());
        int si = 0;
        for (Quantity q : found.quantities()) {
            while (si + 2 < sentences.length && sentences[si + 1] <= q.start()) {
                si += 2;
            }
            claims.add(article.annotate(q, sentences.length == 0 ? -1 : si / 2, field));
        }
        return claims;
    }

    /** How far a dateline may stand from publishedAt and still be the story's own "today". */
    static final int DATELINE_DAYS = 3;

    /**
     * The date a dateline on the first lines gives ("Tuesday, June 19, 2018"), when it lies within a
     * few days of {@code ref}: the story's own "today", against which its "yesterday" was written.
     * Without {@code ref}, a first line that holds only a date ("Monday, May 10, 2010"). Otherwise
     * {@code ref}. Never the clock.
     */
    static LocalDate datelineDate(String text, List<TimeMention> mentions, LocalDate ref) {
        if (mentions.isEmpty()) {
            return ref;
        }
        // a span of years ("2025-26") dates no story: the first single date is the dateline's
        TimeMention m = mentions.get(0);
        for (int k = 1; m.endYear() != 0 && k < mentions.size(); k++) {
            m = mentions.get(k);
        }
        if (m.year() == 0 || m.month() == 0 || m.day() == 0 || m.endYear() != 0) {
            return ref;
        }
        int lineStart = text.lastIndexOf('\n', m.start()) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        if (lineStart > 200 || lineEnd - lineStart > 80) {
            return ref; // a date inside the story, not a dateline
        }
        try {
            LocalDate d = LocalDate.of(m.year(), m.month(), m.day());
            if (ref == null) {
                // without a publication date, a line that is nothing but a date is the story's own date
                boolean alone = m.start() - lineStart <= 15 && lineEnd - m.end() <= 2;
                return alone ? d : null;
            }
            return Math.abs(d.toEpochDay() - ref.toEpochDay()) <= DATELINE_DAYS ? d : ref;
        } catch (java.time.DateTimeException e) {
            return ref;
        }
    }
}
